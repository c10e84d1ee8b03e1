package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Navigation over one sentence's dependency edges: children by relation, governors, subtrees.
 * Enhanced++ graphs may give a token several governors; subtrees follow basic-like edges only
 * (no "ref", no propagated conj subjects) so that they stay trees and stay small.
 */
final class DependencyGraph {
  private final Sentence sentence;
  private final List<List<Dependency>> out;
  private final List<List<Dependency>> in;
  private final int[] heads;
  private final String[] headRelations;

  DependencyGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    out = new ArrayList<>(n);
    in = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    for (Dependency d : LostSubjectRepair.repair(sentence, ReportedClauseRepair.repair(sentence))) {
      // a self-loop ("conj:and attacks -> attacks", from copied conjunct nodes) is no edge
      if (d.dependent() < 0 || d.dependent() >= n || d.governor() >= n || d.governor() == d.dependent()) {
        continue;
      }
      in.get(d.dependent()).add(d);
      if (d.governor() >= 0) {
        out.get(d.governor()).add(d);
      }
    }
    heads = new int[n];
    headRelations = new String[n];
    for (int i = 0; i < n; i++) {
      Dependency tree = treeEdge(i);
      heads[i] = tree == null ? -1 : tree.governor();
      headRelations[i] = tree == null ? "root" : tree.relation();
    }
  }

  /**
   * The basic-tree edge into {@code dependent}. Enhanced++ adds edges that make the graph a DAG
   * with cycles through relative clauses: reference edges, controlled subjects, edges from a
   * relative-clause verb back to its antecedent, and subjects/objects shared by conjoined verbs.
   */
  private Dependency treeEdge(int dependent) {
    List<Dependency> candidates = new ArrayList<>();
    for (Dependency d : in.get(dependent)) {
      String r = d.relation();
      if (r.equals("ref") || r.endsWith(":xsubj") || isRelativeClauseOf(d.governor(), dependent)) {
        continue;
      }
      if (r.startsWith("conj") || d.governor() < 0) {
        return d;
      }
      candidates.add(d);
    }
    for (Dependency c : candidates) {
      if (!isConjunctOfAnother(c.governor(), candidates)) {
        return c;
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  private boolean isRelativeClauseOf(int governor, int antecedent) {
    if (governor < 0) {
      return false;
    }
    for (Dependency d : in.get(governor)) {
      if (d.governor() == antecedent && d.relation().startsWith("acl")) {
        return true;
      }
    }
    return false;
  }

  private boolean isConjunctOfAnother(int governor, List<Dependency> candidates) {
    for (Dependency d : in.get(governor)) {
      if (d.relation().startsWith("conj")) {
        for (Dependency c : candidates) {
          if (c.governor() == d.governor()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  int size() {
    return sentence.tokens().size();
  }

  /**
   * Up to {@code reach} tokens from {@code from} in direction {@code step} (1 or -1), stopping at a
   * verb (auxiliaries are passed over), comma, full stop, colon or semicolon: the words beside a verb
   * where its object or subject stands even when the parser attached them elsewhere ("kills 18;
   * peacekeepers wounded": the 18 are not the wounded).
   */
  List<Integer> wordsBeside(int from, int step, int reach) {
    List<Integer> words = new ArrayList<>();
    for (int t = from; t >= 0 && t < size() && Math.abs(t - from) < reach; t += step) {
      String tag = token(t).pos();
      if (tag != null && tag.startsWith("VB") && headRelation(t).startsWith("aux")) {
        continue; // "Between 250,000 and 300,000 people have fled": an auxiliary is part of the verb
      }
      if (tag == null || tag.startsWith("VB") || tag.equals(",") || tag.equals(".") || tag.equals(":")) {
        break;
      }
      words.add(t);
    }
    return words;
  }

  List<Dependency> children(int governor) {
    return out.get(governor);
  }

  List<Dependency> governors(int dependent) {
    return in.get(dependent);
  }

  /** Dependents of {@code governor} whose relation matches one of the patterns. */
  List<Integer> dependents(int governor, RelationPattern pattern) {
    List<Integer> found = new ArrayList<>();
    for (Dependency d : out.get(governor)) {
      if (pattern.matches(d.relation()) && !found.contains(d.dependent())) {
        found.add(d.dependent());
      }
    }
    return found;
  }

  /** The governor in the basic tree, or -1 for the root. */
  int head(int dependent) {
    return heads[dependent];
  }

  String headRelation(int dependent) {
    return headRelations[dependent];
  }

  /** The sentence's text over an article-offset span. */
  String sentenceText(org.sitrep.model.Span span) {
    return sentence.text().substring(span.start() - sentence.start(), span.end() - sentence.start());
  }

  /** Token indices of the subtree rooted at {@code root}, following tree edges only. */
  List<Integer> subtree(int root) {
    List<Integer> nodes = new ArrayList<>();
    boolean[] seen = new boolean[size()];
    collect(root, nodes, seen);
    return nodes;
  }

  private void collect(int node, List<Integer> nodes, boolean[] seen) {
    if (seen[node]) {
      return;
    }
    seen[node] = true;
    nodes.add(node);
    for (Dependency d : out.get(node)) {
      if (heads[d.dependent()] == node && d.relation().equals(headRelations[d.dependent()])) {
        collect(d.dependent(), nodes, seen);
      }
    }
  }

  /** True when {@code ancestor} dominates {@code node} through tree edges (or is the node). */
  boolean dominates(int ancestor, int node) {
    int current = node;
    for (int steps = 0; current >= 0 && steps <= size(); steps++) {
      if (current == ancestor) {
        return true;
      }
      current = head(current);
    }
    return false;
  }

  /** Ancestors of {@code node}, nearest first, following tree edges. */
  List<Integer> ancestors(int node) {
    List<Integer> chain = new ArrayList<>();
    int current = head(node);
    while (current >= 0 && chain.size() <= size() && !chain.contains(current)) {
      chain.add(current);
      current = head(current);
    }
    return chain;
  }

}
