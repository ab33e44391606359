import { render } from 'preact';

function Popup() {
  return <main>WhyFirst</main>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
