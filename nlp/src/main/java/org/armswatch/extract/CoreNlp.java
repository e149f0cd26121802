package org.armswatch.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's English pipeline, loaded once: tokens, sentences, parts of speech, lemmas,
 * coarse named entities (no fine-grained classes: they cost five times the time) and the
 * dependency parse. Thread-safe: one instance serves every thread of a process.
 */
public final class CoreNlp {
    private final StanfordCoreNLP pipeline;

    /** Loads the models (several seconds, about a gigabyte of heap). */
    public CoreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        // One CRF model (person, organisation, location) instead of three: the gazetteers name the
        // states, bodies and weapons that matter here, and the numeric and date classifiers still run.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        pipeline = new StanfordCoreNLP(props);
    }

    /** The sentences of a text, annotated; offsets refer to {@code text}. */
    public List<Sentence> annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                tokens.add(new Token(
                        i,
                        l.word(),
                        l.lemma() == null ? l.word() : l.lemma(),
                        l.tag() == null ? "" : l.tag(),
                        l.ner() == null ? "O" : l.ner(),
                        l.beginPosition(),
                        l.endPosition(),
                        l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    deps.add(new Dependency("root", -1, root.index() - 1));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    deps.add(new Dependency(
                            e.getRelation().toString(),
                            e.getGovernor().index() - 1,
                            e.getDependent().index() - 1));
                }
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens, deps));
        }
        return out;
    }
}
