/** The keys that focus a search box from anywhere on the page: `/` (outside a text field) and Ctrl/Cmd+K. */
export function focusOnShortcut(input: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLElement && (event.target.isContentEditable || /^(?:input|textarea|select)$/i.test(event.target.tagName));
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
    }
  });
}
