import { render } from 'preact';

function Popup() {
  return <main><h1>Glute Break</h1></main>;
}
render(<Popup />, document.getElementById('app')!);
