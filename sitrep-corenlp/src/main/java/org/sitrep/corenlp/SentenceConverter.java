package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Converts CoreNLP sentences into sitrep's model, with offsets into the article text. */
final class SentenceConverter {
  private static final String ROOT = "root";
  private static final Comparator<Dependency> BY_POSITION = Comparator
      .comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
      .thenComparing(Dependency::relation);

  private SentenceConverter() {}

  static Sentence convert(String text, int index, CoreMap sentence, boolean parsed) {
    int start = clamp(text, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    int end = Math.max(start, clamp(text, sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      tokens.add(token(text, tokens.size(), label));
    }
    List<Dependency> dependencies = parsed ? HeadlinePassives.repair(tokens, dependencies(sentence)) : List.of();
    return new Sentence(index, start, end, text.substring(start, end), tokens, dependencies, parsed);
  }

  /**
   * The word is the original text at the token's offsets, not CoreNLP's normalised form (which
   * turns brackets into -LRB- and curly quotes into ASCII ones), so it always matches the text.
   */
  private static Token token(String text, int index, CoreLabel label) {
    int start = clamp(text, label.beginPosition());
    int end = Math.max(start, clamp(text, label.endPosition()));
    String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    return new Token(index, start, end, text.substring(start, end), label.lemma(), label.tag(),
        label.ner(), normalized);
  }

  /** Enhanced++ edges; CoreNLP's 1-based indices become 0-based, the root's governor -1. */
  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph = sentence.get(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    Set<Dependency> edges = new LinkedHashSet<>();
    for (IndexedWord root : graph.getRoots()) {
      edges.add(new Dependency(ROOT, -1, root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      edges.add(new Dependency(edge.getRelation().toString(),
          edge.getGovernor().index() - 1, edge.getDependent().index() - 1));
    }
    List<Dependency> sorted = new ArrayList<>(edges);
    sorted.sort(BY_POSITION);
    return sorted;
  }

  private static int clamp(String text, Integer offset) {
    if (offset == null) {
      return 0;
    }
    return Math.max(0, Math.min(text.length(), offset));
  }
}
