package org.armswatch.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading JSON files that follow a strict format (the gold annotations, the regime files): every
 * error names the file, the path of the field ({@code provisions[2].in_force.from}, or a line and
 * column for broken JSON) and what was expected, in the reader's own exception type.
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The exception a reader throws.
     *
     * @param <E> its type
     */
    @FunctionalInterface
    public interface Errors<E extends Exception> {
        /** The exception for {@code detail} in {@code file}. */
        E of(String file, String detail);
    }

    private StrictJson() {}

    /** The top-level object of a file's text; broken JSON, an empty file or another value is an error. */
    public static <E extends Exception> Node<E> parse(String text, String file, Errors<E> errors) throws E {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": ";
            throw errors.of(file, where + "malformed JSON: " + e.getOriginalMessage());
        }
        if (json == null || json.isMissingNode()) {
            throw errors.of(file, "empty file");
        }
        if (!json.isObject()) {
            throw errors.of(file, "expected a JSON object at the top level");
        }
        return new Node<>(file, "", json, errors);
    }

    /**
     * A JSON object with its file name and path, whose accessors check what they read.
     *
     * @param file the file's name, as errors give it
     * @param path the object's path in the file ("" at the top)
     * @param json the object
     * @param errors how errors are made
     * @param <E> the exception the accessors throw
     */
    public record Node<E extends Exception>(String file, String path, JsonNode json, Errors<E> errors) {
        /** The error {@code detail} about {@code field} of this object. */
        public E error(String field, String detail) {
            return errors.of(file, at(field) + ": " + detail);
        }

        /** The path of one of this object's fields. */
        public String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        /** The same object under another path. */
        public Node<E> under(String otherPath) {
            return new Node<>(file, otherPath, json, errors);
        }

        /** Refuses any field not in {@code fields}. */
        public void only(Set<String> fields) throws E {
            for (var names = json.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!fields.contains(field)) {
                    throw error(field, "unknown field (expected " + String.join(", ", new TreeSet<>(fields)) + ")");
                }
            }
        }

        /** A string that must be there and not blank. */
        public String text(String field) throws E {
            String value = optionalText(field);
            if (value == null || value.isBlank()) {
                throw error(field, value == null ? "missing (expected a string)" : "empty (expected a string)");
            }
            return value;
        }

        /** A string, or null when the field is missing or null. */
        public String optionalText(String field) throws E {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw error(field, "expected a string, found " + v);
            }
            return v.asText();
        }

        /**
         * A list of non-blank strings.
         *
         * @param required whether a missing list is an error (else it is empty)
         * @param nonEmpty whether an empty list is an error
         */
        public List<String> strings(String field, boolean required, boolean nonEmpty) throws E {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                if (required || nonEmpty) {
                    throw error(field, "missing (expected a list of strings)");
                }
                return List.of();
            }
            if (!v.isArray()) {
                throw error(field, "expected a list of strings, found " + v);
            }
            if (nonEmpty && v.isEmpty()) {
                throw error(field, "empty (expected at least one value)");
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isTextual() || e.asText().isBlank()) {
                    throw error(field + "[" + i + "]", "expected a non-empty string, found " + e);
                }
                values.add(e.asText());
            }
            return values;
        }

        /** A whole number of at least 0, or null. */
        public Integer optionalInt(String field) throws E {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.canConvertToExactIntegral() || !v.canConvertToInt() || v.asInt() < 0) {
                throw error(field, "expected a whole number of at least 0, found " + v);
            }
            return v.asInt();
        }

        /** A boolean, false when missing. */
        public boolean flag(String field) throws E {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw error(field, "expected true or false, found " + v);
            }
            return v.asBoolean();
        }

        /**
         * An ISO date, or null when missing.
         *
         * @param example a date shown in the error, such as "2023-09-13"
         */
        public LocalDate optionalDate(String field, String example) throws E {
            String value = optionalText(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(field, "'" + value + "' is not an ISO date (" + example + ")");
            }
        }

        /** An object that must be there. */
        public Node<E> object(String field) throws E {
            Node<E> n = optionalObject(field);
            if (n == null) {
                throw error(field, "missing (expected an object)");
            }
            return n;
        }

        /** An object, or null when missing. */
        public Node<E> optionalObject(String field) throws E {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isObject()) {
                throw error(field, "expected an object, found " + v);
            }
            return new Node<>(file, at(field), v, errors);
        }

        /**
         * A list of objects, each with its path ({@code transfers[2]}).
         *
         * @param nonEmpty whether a missing or empty list is an error (else missing is empty)
         */
        public List<Node<E>> list(String field, boolean nonEmpty) throws E {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                if (nonEmpty) {
                    throw error(field, "missing (expected a list of objects)");
                }
                return List.of();
            }
            if (!v.isArray()) {
                throw error(
                        field,
                        "expected a list of objects, found "
                                + v.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            if (nonEmpty && v.isEmpty()) {
                throw error(field, "empty (expected at least one object)");
            }
            List<Node<E>> nodes = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String where = at(field + "[" + i + "]");
                if (!v.get(i).isObject()) {
                    throw errors.of(file, where + ": expected an object, found " + v.get(i));
                }
                nodes.add(new Node<>(file, where, v.get(i), errors));
            }
            return nodes;
        }
    }
}
