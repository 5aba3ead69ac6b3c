package io.portablefn.api;

/**
 * A function called once per change to a {@link ChangeTrigger table}'s items, with the item's
 * new and old states bound to {@code T} by the same rules as HTTP bodies (docs/mapping.md §4).
 *
 * <pre>{@code
 * public void handle(Change<Order> change, Context context) {
 *     if (change.kind() == Change.Kind.DELETED) archive(change.key());
 *     else change.newItem().ifPresent(order -> index(order));
 * }
 * }</pre>
 *
 * <p>What the handler does decides the change's fate, on every cloud alike:
 * <ul>
 *   <li>it returns: the change is done with;
 *   <li>it throws {@link DropEventException}: the change is done with too, and the reason is
 *       logged;
 *   <li>it throws anything else: delivery stops at this change; it and the changes after it
 *       come again, in order, and after the cloud's retries it goes to the dead-letter
 *       destination. An item that does not fit {@code T} fails the change the same way.
 * </ul>
 *
 * @param <T> the item type: a record, POJO or {@code Map<String, Object>}
 */
@FunctionalInterface
public interface ChangeHandler<T> {

    /**
     * Handles one change.
     *
     * @throws Exception to have this change and the ones after it delivered again (see above)
     */
    void handle(Change<T> change, Context context) throws Exception;
}
