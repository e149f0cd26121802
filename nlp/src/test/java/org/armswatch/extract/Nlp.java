package org.armswatch.extract;

/** The CoreNLP pipeline shared by every test of a JVM: its models load once. */
final class Nlp {
    private static CoreNlp shared;

    private Nlp() {}

    /** The shared pipeline, loaded on first use. */
    static synchronized CoreNlp shared() {
        if (shared == null) {
            shared = new CoreNlp();
        }
        return shared;
    }
}
