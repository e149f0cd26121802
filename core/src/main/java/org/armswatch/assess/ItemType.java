package org.armswatch.assess;

/**
 * An item type finer than the gold categories, defined by a regime file.
 *
 * @param id lower-case identifier such as {@code refined_petroleum}; never a category's name
 * @param parent the gold category it belongs to (such as {@code economic})
 * @param description what the type covers, in words
 */
public record ItemType(String id, String parent, String description) {}
