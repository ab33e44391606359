import { render } from 'preact';
import { Popup } from './Popup';
import '../../components/theme.css';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
