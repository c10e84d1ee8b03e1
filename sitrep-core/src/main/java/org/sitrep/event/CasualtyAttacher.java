package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;
import org.sitrep.model.Quantity;

/**
 * Casualty triggers ("killed", "wounded", "death toll") carry counts, not events of their own:
 * their count joins the nearest real event of the same sentence ("an air strike killed 12"),
 * one they are grammatically tied to first.
 * Alone, they become an attack on civilians, or a battle when the victims are armed.
 */
final class CasualtyAttacher {
  private CasualtyAttacher() {}

  /** @param headline the sentence is the article's headline, whose unhosted tolls wait for the lead */
  static List<Draft> attach(List<Draft> sentenceDrafts, DependencyGraph graph, boolean headline) {
    forgetJointCounts(sentenceDrafts, graph);
    List<Draft> events = new ArrayList<>();
    List<Draft> casualties = new ArrayList<>();
    List<Draft> pending = new ArrayList<>();
    for (Draft d : sentenceDrafts) {
      (d.trigger.entry().isCasualty() ? casualties : events).add(d);
    }
    for (Draft c : casualties) {
      Draft host = nearest(events, c, graph);
      if (host == null && isViolence(c)) {
        c.type = isArmed(c) ? EventType.BATTLE : c.trigger.entry().civilianType();
        c.harmReported = true;
        events.add(c);
      } else if (host == null && headline && countOf(c) != null) {
        c.tollForLead = true; // "Gunmen pull passengers off buses in Balochistan, kill 23"
        pending.add(c);
      } else if (host == null && bare(c)) {
        c.onlyForPreviousFighting = true; // no host for the casualties after it
        pending.add(c);
      } else if (host != null) {
        String field = c.trigger.entry().countField();
        if (c.additional && host.count(field) != null && countOf(c) != null) {
          host.replaceCount(field, sum(host.count(field), countOf(c))); // "..., while four soldiers also died"
        } else if (host.shareCount && countOf(c) != null && host.count(field) != null && countOf(c).value() > host.count(field).value()) {
          host.replaceCount(field, countOf(c)); // "kill 4 ISIS members and behead one of them": the one is of the four
          host.shareCount = false;
        } else {
          host.setCount(field, countOf(c));
        }
        host.harmReported = true;
        if (host.target == null) {
          host.target = c.target;
        }
        if (host.target != null && host.target.actor().kind() == ActorKind.CIVILIANS) {
          host.type = host.trigger.entry().civilianType();
        }
        if (host.location == null) {
          host.location = c.location;
        }
      }
    }
    events.removeIf(e -> onlyWithToll(e) && e.fatalities == null && e.injured == null);
    events.addAll(pending);
    events.sort((a, b) -> Integer.compare(a.triggerStart, b.triggerStart));
    return events;
  }

  /** "15 killed during continued military operations": a trigger of class toll_only is the toll's event, else only a setting. */
  static boolean onlyWithToll(Draft d) {
    return NounClasses.standard().contains("toll_only", String.join(" ", d.trigger.entry().lemmas()));
  }

  /**
   * "shelling killed and injured 100 people", "kill and wound dozens": one figure for the dead and
   * the wounded together says how many of neither, so both counts are dropped. The two casualty
   * drafts read the very same quantity mention, or counted the same victims token ("killed and
   * wounded a soldier", "a woman and two children"); "a soldier was killed and another wounded" are
   * two figures. The two words must stand together ("killed and seriously injured"): in "7 civilians
   * were killed and many were burnt and injured" the parser may still hand "injured" the subject of
   * "killed", but the injured are the many.
   */
  static void forgetJointCounts(List<Draft> sentenceDrafts, DependencyGraph graph) {
    for (Draft killed : sentenceDrafts) {
      for (Draft hurt : sentenceDrafts) {
        if (killed.fatalities != null && sameFigure(killed, hurt) && standTogether(killed, hurt, graph)) {
          killed.fatalities = null;
          hurt.injured = null;
        }
      }
    }
  }

  /** Between the two trigger words only conjunctions, punctuation and adverbs. */
  private static boolean standTogether(Draft a, Draft b, DependencyGraph graph) {
    int from = Math.min(a.trigger.last(), b.trigger.last()) + 1;
    int to = Math.max(a.trigger.first(), b.trigger.first());
    for (int t = from; t < to; t++) {
      String tag = graph.token(t).pos();
      boolean joiner = tag != null && (tag.equals("CC") || tag.startsWith("RB") || !Character.isLetter(tag.charAt(0)));
      if (!joiner) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameFigure(Draft killed, Draft hurt) {
    return killed.fatalities == hurt.injured
        || hurt.injured != null && killed.victimsToken >= 0 && killed.victimsToken == hurt.victimsToken;
  }

  /**
   * "Several others were wounded." after the sentence of an attack: a casualty sentence naming no
   * one and nowhere adds its count to the violent event of the sentence just before ("Fighting broke
   * out in Kyauktaw. Eleven people were killed."). Without such an event, a casualty that is no
   * violence of its own (marked by {@link #attach}) is dropped.
   */
  static List<Draft> attachToPreviousSentence(List<Draft> drafts, List<Draft> earlier, int sentenceIndex) {
    Draft previous = previousHost(earlier, sentenceIndex);
    giveHeadlineTolls(drafts, earlier, sentenceIndex);
    List<Draft> kept = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.tollForLead) {
        kept.add(d); // kept for the lead sentence, which comes next; the extractor drops it after
      } else if (bare(d) && previous != null) {
        if (isTheOtherSidesToll(previous, d) || d.additional && previous.fatalities != null && d.fatalities != null) {
          previous.fatalities = sum(previous.fatalities, d.fatalities);
        }
        // the toll moves, with the wounded that joined it ("Six fighters and four others killed, several wounded")
        for (String field : List.of("fatalities", "injured")) {
          previous.setCount(field, d.count(field));
        }
        previous.evidence.addAll(d.evidence);
      } else if (!d.onlyForPreviousFighting) {
        kept.add(d);
      }
    }
    return kept;
  }

  /**
   * The event the casualties of a sentence that tells nothing else belong to: the last violent event or protest of the
   * sentence before ("Rioters pelted police with bricks. Ten officers were injured."), or of the one before that when
   * the sentence between has no event ("A suicide bomber detonated his vest at a convention. Fatalities: 63. Around 200
   * people were injured.").
   */
  private static Draft previousHost(List<Draft> earlier, int sentenceIndex) {
    for (int back = 1; back <= 2; back++) {
      int index = sentenceIndex - back;
      Draft host = null;
      boolean anyEvent = false;
      for (Draft e : earlier) {
        if (e.sentenceIndex == index) {
          anyEvent = true;
          boolean candidate = Violence.FIGHTING.contains(e.type) || e.type == EventType.PROTEST;
          // the main clause's event before one told as its setting ("retook the town after a day of fighting")
          host = candidate && (host == null || !e.subordinate || host.subordinate) ? e : host;
        }
      }
      if (host != null || anyEvent) {
        return host;
      }
    }
    return null;
  }

  /**
   * "Gunmen pull passengers off buses in Balochistan, kill 23" above "... shot dead 23 of them who
   * came from Punjab": a toll the headline tells with no event of its own goes to the lead's first
   * violent event that has no such count (the headline is sentence 0, the lead sentence 1).
   */
  private static void giveHeadlineTolls(List<Draft> lead, List<Draft> earlier, int sentenceIndex) {
    if (sentenceIndex != 1) {
      return;
    }
    for (Draft toll : earlier.stream().filter(d -> d.tollForLead).toList()) {
      String field = toll.trigger.entry().countField();
      lead.stream().filter(e -> Violence.FIGHTING.contains(e.type) && e.count(field) == null).findFirst().ifPresent(e -> {
        e.setCount(field, countOf(toll));
        e.evidence.addAll(0, toll.evidence);
      });
    }
  }

  /**
   * "our troops neutralised 14 terrorists ... Two soldiers paid the supreme price": the dead the next sentence counts
   * on the fight's own actor's side are more dead of that fight (per-side tolls add up), not the same dead again.
   */
  private static boolean isTheOtherSidesToll(Draft fight, Draft casualty) {
    if (fight.fatalities == null || casualty.fatalities == null || casualty.target == null || fight.actor == null) {
      return false;
    }
    ActorKind dead = casualty.target.actor().kind();
    return dead == fight.actor.actor().kind() && (fight.target == null || fight.target.actor().kind() != dead)
        && dead != ActorKind.CIVILIANS && dead != ActorKind.UNKNOWN;
  }

  private static Quantity sum(Quantity a, Quantity b) {
    return new Quantity(a.value() + b.value(), a.exact() && b.exact(), null, null, a.text() + "; " + b.text());
  }

  private static boolean bare(Draft d) {
    return d.trigger.entry().isCasualty() && d.actor == null && d.location == null;
  }

  private static Quantity countOf(Draft c) {
    // null for a casualty word that counts nothing ("Casualties in Daraa")
    return c.count(c.trigger.entry().countField());
  }

  private static Draft nearest(List<Draft> events, Draft casualty, DependencyGraph graph) {
    Draft best = null;
    for (Draft e : events) {
      if (e.type == EventType.STATEMENT || e.type == EventType.THREAT || e.type == EventType.DISPLACEMENT) {
        continue;
      }
      if (e.type == EventType.ARREST && "fatalities".equals(casualty.trigger.entry().countField())) {
        continue; // "gunmen killed 28 civilians ..., rounding up men at the market": the dead are no arrest's
      }
      if (best == null || closer(e, best, casualty, graph)) {
        best = e;
      }
    }
    return best;
  }

  /**
   * The nearer event; but an event the casualty word is grammatically tied to comes first: the verb
   * it hangs on ("gang members threw a grenade into a bar, killing two, police said, linking the
   * attack to a turf war": the dead are the grenade's, not those of "the attack" the police link to
   * something else) or its own argument ("100 injured by missiles"). Violence told with a protest comes before the
   * protest: "Police opened fire on students protesting ..., killing a student" killed in the shooting.
   */
  private static boolean closer(Draft e, Draft best, Draft casualty, DependencyGraph graph) {
    if ((e.type == EventType.PROTEST) != (best.type == EventType.PROTEST)
        && (Violence.HARMING.contains(e.type) || Violence.HARMING.contains(best.type))) {
      return e.type != EventType.PROTEST; // the protest gives way to the violence told with it
    }
    boolean tied = tied(e, casualty, graph);
    if (tied != tied(best, casualty, graph)) {
      return tied;
    }
    return Math.abs(e.triggerStart - casualty.triggerStart) < Math.abs(best.triggerStart - casualty.triggerStart);
  }

  private static boolean tied(Draft e, Draft casualty, DependencyGraph graph) {
    int event = e.trigger.head();
    int word = casualty.trigger.head();
    int first = word;
    while (graph.head(first) >= 0 && graph.headRelation(first).startsWith("conj")) {
      first = graph.head(first); // "killing two and injuring five": both hang where the first does
    }
    return graph.head(first) == event && isTie(graph, first) || graph.head(event) == word && isTie(graph, event);
  }

  /**
   * Links that join two headlines run together ("...;198 were killed yesterday") tie nothing, but a
   * participle the parser left loose ("threw a grenade, killing two": dep) hangs on its verb.
   */
  private static boolean isTie(DependencyGraph graph, int dependent) {
    String relation = graph.headRelation(dependent);
    if (relation.equals("dep")) {
      return "VBG".equals(graph.token(dependent).pos());
    }
    return !(relation.equals("parataxis") || relation.equals("list") || relation.equals("appos"));
  }

  /**
   * Deaths alone are not conflict: "50 people have died of the virus", "the strain killed hundreds
   * of ducks". A casualty with no event of its own counts when armed people or a crowd kill ("gunmen killed"),
   * die ("35 fighters had been killed") or kill civilians, or when the word itself tells an
   * intentional killing ("four farmers were shot dead": noun class violent_killing).
   */
  private static boolean isViolence(Draft c) {
    // people who kill people ("villagers burned four women to death") are violence too: a mob
    boolean armedKiller = c.actor != null && Violence.PARTIES.contains(c.actor.actor().kind())
        || c.actor != null && (c.actor.actor().kind() == ActorKind.UNKNOWN || c.actor.actor().kind() == ActorKind.CIVILIANS);
    return armedKiller || isArmed(c) || warVictims(c) || placedLossReport(c)
        || NounClasses.standard().contains("violent_killing", c.trigger.entry().lemmas().get(0));
  }

  /**
   * "Casualties in the countryside of Daraa", "Human losses in Daraa and Aleppo": a casualty noun
   * heading a verbless report and placed is the report of a violent event, as monitors write them
   * (accidents and disease name their cause: "road casualties", "flu deaths").
   */
  private static boolean placedLossReport(Draft c) {
    return c.nounHeadline && c.location != null;
  }

  /**
   * "Three civilians were killed in Homs": victims called civilians (noun class war_victim) are
   * the victims of armed conflict; accidents and disease kill "people", "passengers", "residents".
   */
  private static boolean warVictims(Draft c) {
    if (c.target == null || c.target.actor().kind() != ActorKind.CIVILIANS || c.target.actor().text() == null) {
      return false;
    }
    for (String word : c.target.actor().text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (NounClasses.standard().contains("war_victim", word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArmed(Draft c) {
    if (c.target == null) {
      return false;
    }
    ActorKind k = c.target.actor().kind();
    return k == ActorKind.STATE_MILITARY || k == ActorKind.REBEL || k == ActorKind.MILITIA || k == ActorKind.TERRORIST_GROUP;
  }
}
