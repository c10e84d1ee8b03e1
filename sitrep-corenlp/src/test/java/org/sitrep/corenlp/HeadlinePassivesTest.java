package org.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Token;

/** Hand-parsed sentences (word/TAG and "rel gov dep" edges as the parser would give them), so no models are needed. */
class HeadlinePassivesTest {
  @Test
  void aBareParticipleWithASubjectIsAPassive() {
    assertEquals("amod 1 0; nsubj:pass 2 1; root -1 2; case 4 3; obl:in 2 4",
        repaired("Turkish/JJ soldier/NN killed/VBN in/IN Homs/NNP", "amod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:in 2 4"));
    assertEquals("nummod 1 0; nsubj:pass 2 1; root -1 2; case 4 3; obl:in 2 4",
        repaired("3/CD corpses/NNS found/VBN in/IN Daraa/NNP", "nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:in 2 4"));
  }

  @Test
  void anAuxiliaryMakesTheParticipleActive() {
    String edges = "nsubj 2 0; aux 2 1; root -1 2; obj 2 3";
    assertEquals(edges, repaired("Soldiers/NNS have/VBP killed/VBN rebels/NNS", "nsubj 2 0; aux 2 1; root -1 2; obj 2 3"));
    String withoutObject = "nsubj 2 0; aux 2 1; root -1 2; case 4 3; obl:in 2 4";
    assertEquals(withoutObject, repaired("Soldiers/NNS have/VBP killed/VBN in/IN Homs/NNP", withoutObject));
  }

  @Test
  void anObjectMakesTheParticipleActive() {
    String edges = "nsubj 1 0; root -1 1; obj 1 2";
    assertEquals(edges, repaired("Soldiers/NNS killed/VBN rebels/NNS", edges));
    // headlines parse "kills 11 people" as a double object
    String indirect = "nsubj 1 0; root -1 1; nummod 3 2; iobj 1 3";
    assertEquals(indirect, repaired("Bomb/NN killed/VBN 11/CD people/NNS", indirect));
  }

  @Test
  void aCopulaOrPassiveAuxiliaryLeavesTheSubjectAlone() {
    String copula = "nsubj 2 0; cop 2 1; root -1 2";
    assertEquals(copula, repaired("He/PRP was/VBD tired/VBN", copula));
    String passive = "nsubj 2 0; aux:pass 2 1; root -1 2";
    assertEquals(passive, repaired("Soldier/NN was/VBD killed/VBN", passive));
  }

  @Test
  void anActivePastTenseIsNotTouched() {
    String edges = "nsubj 1 0; root -1 1; case 3 2; obl:in 1 3";
    assertEquals(edges, repaired("Soldiers/NNS killed/VBD in/IN Homs/NNP", edges));
  }

  @Test
  void onlyTheSubjectOfTheBareParticipleChanges() {
    // "Rebels say soldier killed": the saying verb keeps its active subject
    assertEquals("nsubj 1 0; root -1 1; nsubj:pass 3 2; ccomp 1 3",
        repaired("Rebels/NNS say/VBP soldier/NN killed/VBN", "nsubj 1 0; root -1 1; nsubj 3 2; ccomp 1 3"));
  }

  @Test
  void aTransitivePastTenseWithoutObjectIsAPassive() {
    assertEquals("nummod 1 0; nsubj:pass 2 1; root -1 2; case 4 3; obl:in 2 4",
        repaired("3/CD soldiers/NNS killed/VBD/kill in/IN Homs/NNP", "nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:in 2 4"));
    String active = "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3";
    assertEquals(active, repaired("Gunmen/NNS killed/VBD/kill 3/CD soldiers/NNS", active));
    String intransitive = "nsubj 1 0; root -1 1; case 3 2; obl:in 1 3";
    assertEquals(intransitive, repaired("Rebels/NNS clashed/VBD/clash in/IN Homs/NNP", intransitive), "clash needs no object");
    String clausal = "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3";
    assertEquals(clausal, repaired("Rebels/NNS accused/VBD/accuse to/TO lie/VB", clausal));
  }

  private static String repaired(String tagged, String edges) {
    return HeadlinePassives.repair(tokens(tagged), dependencies(edges)).stream()
        .map(d -> d.relation() + " " + d.governor() + " " + d.dependent()).collect(Collectors.joining("; "));
  }

  private static List<Token> tokens(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    for (String pair : tagged.split(" ")) {
      String[] p = pair.split("/");
      String word = p[0];
      String lemma = p.length > 2 ? p[2] : word.toLowerCase();
      tokens.add(new Token(tokens.size(), start, start + word.length(), word, lemma, p[1], "O", null));
      start += word.length() + 1;
    }
    return tokens;
  }

  private static List<Dependency> dependencies(String edges) {
    List<Dependency> deps = new ArrayList<>();
    for (String edge : edges.split(";")) {
      String[] p = edge.trim().split(" +");
      deps.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }
    return deps;
  }
}
