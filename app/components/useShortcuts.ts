import { useEffect } from "react";

/**
 * Single-key shortcuts for pages built from ordinary links and buttons: a key press acts on the element marked
 * data-shortcut="<key>" (clicks a link or button, focuses a field, opens or closes a <details>). Every shortcut
 * is therefore also a visible control that works without JavaScript. Keys typed into a field are left alone.
 */
export function useShortcuts(enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        if (event.key === "Escape") target.blur();
        return;
      }
      const key = event.key;
      if (key.length !== 1) return;
      const element = document.querySelector<HTMLElement>(`[data-shortcut="${CSS.escape(key)}"]`);
      if (!element) return;
      event.preventDefault();
      if (element instanceof HTMLDetailsElement) element.open = !element.open;
      else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) element.focus();
      else if (!(element instanceof HTMLButtonElement && element.disabled)) element.click();
    }
    window.addEventListener("keydown", onKey);
    // lets a person's tools (and the end-to-end test) know the keys are live: the page has hydrated
    document.documentElement.dataset.shortcuts = "on";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.documentElement.dataset.shortcuts;
    };
  }, [enabled]);
}
