package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/** Finds generic actor phrases ("Russian troops", "Assad's forces", "gunmen") in an article. */
final class GenericMatcher {
  private final ActorDictionary dictionary;
  private final PersonResolver persons;

  GenericMatcher(ActorDictionary dictionary, PersonResolver persons) {
    this.dictionary = dictionary;
    this.persons = persons;
  }

  /** What a pattern's placeholders bound to during one match. */
  private record Binding(int start, int end, Demonym demonym, Demonym group, Person leader) {
    Binding with(int newEnd, Demonym d, Demonym g, Person p) {
      return new Binding(start, newEnd, d != null ? d : demonym, g != null ? g : group, p != null ? p : leader);
    }
  }

  List<Candidate> find(FindContext ctx) {
    List<Candidate> out = new ArrayList<>();
    List<GenericPattern> patterns = dictionary.patterns();
    for (int i = 0; i < ctx.words().size(); i++) {
      for (int p = 0; p < patterns.size(); p++) {
        Binding b = longest(patterns.get(p), 0, new Binding(i, i, null, null, null), ctx);
        if (b != null && b.end() > i) {
          Actor actor = actorFor(patterns.get(p), b, ctx);
          if (actor != null) {
            out.add(new Candidate(i, b.end(), actor, Candidate.GENERIC * 1000 + p));
          }
        }
      }
    }
    return out;
  }

  /** The longest way slots [slot..] match from b.end(), or null. */
  private Binding longest(GenericPattern pattern, int slot, Binding b, FindContext ctx) {
    if (slot == pattern.slots().size()) {
      return b;
    }
    GenericPattern.Slot s = pattern.slots().get(slot);
    Binding best = null;
    for (Binding next : step(s, b, ctx)) {
      best = longer(best, longest(pattern, slot + 1, next, ctx));
    }
    if (s.optional()) {
      best = longer(best, longest(pattern, slot + 1, b, ctx));
    }
    return best;
  }

  private static Binding longer(Binding a, Binding b) {
    return a == null || (b != null && b.end() > a.end()) ? b : a;
  }

  /** The bindings after matching one slot at b.end(). */
  private List<Binding> step(GenericPattern.Slot s, Binding b, FindContext ctx) {
    List<WordToken> words = ctx.words();
    int at = b.end();
    if (at >= words.size() || (at > b.start() && !words.get(at).joinsPrevious())) {
      return List.of();
    }
    if (s.placeholder() == null) {
      return s.accepts(words.get(at)) ? List.of(b.with(at + 1, null, null, null)) : List.of();
    }
    if (s.placeholder().equals(GenericPattern.LEADER)) {
      return persons.leadersAt(ctx, at).stream().map(l -> b.with(l.end(), null, null, l.person())).toList();
    }
    if (s.placeholder().equals(GenericPattern.COUNTRY)) {
      return words.get(at).capitalised() ? dictionary.countryNames.matchesAt(words, at, WordToken::folded).stream()
          .flatMap(hit -> hit.values().stream().map(d -> b.with(hit.to(), d, null, null))).toList() : List.of();
    }
    List<Binding> out = new ArrayList<>();
    for (PhraseTrie.Hit<Demonym> hit : dictionary.demonymWords.matchesAt(words, at, WordToken::folded)) {
      if (!words.get(at).capitalised()) {
        continue;
      }
      for (Demonym d : hit.values()) {
        boolean wanted = s.placeholder().equals(GenericPattern.DEMONYM) == d.isState();
        if (wanted) {
          out.add(d.isState() ? b.with(hit.to(), d, null, null) : b.with(hit.to(), null, d, null));
        }
      }
    }
    return out;
  }

  private Actor actorFor(GenericPattern p, Binding b, FindContext ctx) {
    String country = switch (p.country()) {
      case DEMONYM -> b.demonym() == null ? null : b.demonym().country();
      case FOCUS -> ctx.focus();
      case LEADER -> leaderCountry(b.leader());
      case NONE -> null;
    };
    if (p.country() == GenericPattern.CountryRule.LEADER && b.leader() != null) {
      ActorEntry led = dictionary.entry(b.leader().actorId()).orElse(null);
      if (led == null) {
        return null;
      }
      if (!isState(led.kindOn(ctx.published()))) {
        return led.toActor(null, ctx.published());
      }
    }
    return new Actor(name(p, b, country), null, null, p.kind(), country);
  }

  private String leaderCountry(Person leader) {
    return leader == null ? null : dictionary.entry(leader.actorId()).map(ActorEntry::country).orElse(null);
  }

  private static boolean isState(ActorKind k) {
    return k == ActorKind.GOVERNMENT || k == ActorKind.STATE_MILITARY || k == ActorKind.STATE_POLICE
        || k == ActorKind.FOREIGN_STATE;
  }

  /**
   * The row's name with its placeholders filled: {COUNTRY} from the actor's country, {DEMONYM} from the demonym the
   * phrase names ("Iranian-backed militia" in Syria) or else from the actor's country.
   */
  private String name(GenericPattern p, Binding b, String country) {
    Demonym ofCountry = country == null ? null : dictionary.demonymOf(country).orElse(null);
    Demonym named = b.demonym() != null ? b.demonym() : ofCountry;
    boolean unfilled = p.name().contains("{COUNTRY}") && ofCountry == null || p.name().contains("{DEMONYM}") && named == null;
    if (unfilled) {
      return p.nameNoCountry();
    }
    String name = p.name();
    if (ofCountry != null) {
      name = name.replace("{COUNTRY}", ofCountry.countryName());
    }
    if (named != null) {
      name = name.replace("{DEMONYM}", named.word());
    }
    return b.group() == null ? name : name.replace("{GROUP}", b.group().word());
  }
}
