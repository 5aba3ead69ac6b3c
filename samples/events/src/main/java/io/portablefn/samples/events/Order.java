package io.portablefn.samples.events;

/**
 * An order as its producer publishes it on the {@code orders} queue, in JSON:
 * {@code {"id":"o-1","sku":"book-42","quantity":2}}.
 *
 * @param id the order's id; required
 * @param sku the article ordered; required
 * @param quantity how many; an order for 0 or fewer is dropped
 */
public record Order(String id, String sku, int quantity) {
}
