package org.armswatch.extract;

/**
 * A span of a sentence that names an actor or an item.
 *
 * @param start index of its first token
 * @param end index after its last token
 * @param type what it names
 * @param name the canonical name (of the state, person, body or weapon), or the text as written
 * @param code for a state its ISO 3166-1 alpha-3 code; for a person or body the code of the state
 *     it belongs to, or a slug for an armed group or an international body; null when unknown
 * @param category for an item its category (ammunition, missiles, drones …); else null
 */
public record Mention(int start, int end, Type type, String name, String code, String category) {
    /** What a mention names. */
    public enum Type {
        STATE,
        PERSON,
        ORGANISATION,
        ARMED_GROUP,
        ITEM
    }

    /** Whether it names a party that can supply or receive: a state, a person or body with a known state, or a group. */
    public boolean actor() {
        return type != Type.ITEM && code != null;
    }

    /** Whether a token lies inside it. */
    public boolean covers(int token) {
        return token >= start && token < end;
    }
}
