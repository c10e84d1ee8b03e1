package org.sitrep.actor.petrarch;

/**
 * One agents-file record: "PRESIDENT [~GOVPRS]" or "HUMAN_RIGHTS_BODY [NGO~]". {@code plural} is
 * null when the file gives none (the regular plural applies) and "" when it forbids one ({}).
 * {@code suffix} is true for "~CODE" (added after the actor's code), false for "CODE~".
 */
public record PetrarchAgent(String phrase, String plural, String code, boolean suffix, int line) {}
