/**
 * The keys that focus a search box from anywhere on the page: `/` (outside a text field) and Ctrl/Cmd+K. `reveal`
 * first shows a box that is folded away (the header's, on a phone).
 */
export function focusOnShortcut(input: HTMLInputElement, reveal: () => void = () => {}): void {
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLElement && (event.target.isContentEditable || /^(?:input|textarea|select)$/i.test(event.target.tagName));
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      reveal();
      input.focus();
    }
  });
}
