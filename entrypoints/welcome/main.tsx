import { render } from 'preact';
import { Welcome } from './Welcome';
import '../../components/theme.css';
import './welcome.css';

const root = document.getElementById('app');
if (root) render(<Welcome />, root);
