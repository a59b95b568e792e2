import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import Composer from "./Composer.jsx";

function Chat() {
  const [sent, setSent] = useState([]);
  // Teen-safety mode: stricter severities and the teen.* rules (set it from the account).
  const [teen, setTeen] = useState(false);
  return (
    <main>
      <label>
        <input type="checkbox" checked={teen} onChange={(e) => setTeen(e.target.checked)} /> Teen safety
      </label>
      <ul aria-label="Messages">
        {sent.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      <Composer teen={teen} onSend={(text) => setSent((list) => [...list, text])} />
    </main>
  );
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <Chat />
  </StrictMode>,
);
