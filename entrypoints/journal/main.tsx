import { render } from 'preact';
import { Journal } from './Journal';
import '../../components/theme.css';
import './journal.css';

const root = document.getElementById('app');
if (root) render(<Journal />, root);
