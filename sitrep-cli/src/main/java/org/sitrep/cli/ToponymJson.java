package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Place;

/** One geoparse output line: {"id","toponyms":[{"start","end","text","name","geonameid","lat","lon","country","admin1","precision"}]}. */
final class ToponymJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ToponymJson() {}

  static String line(String id, String text, List<PlaceMention> places) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", id);
    ArrayNode toponyms = root.putArray("toponyms");
    for (PlaceMention m : places) {
      Place p = m.place();
      ObjectNode t = toponyms.addObject();
      t.put("start", m.span().start());
      t.put("end", m.span().end());
      t.put("text", text.substring(m.span().start(), m.span().end()));
      t.put("name", p.name());
      t.put("geonameid", p.geonameId());
      t.put("lat", p.lat());
      t.put("lon", p.lon());
      t.put("country", p.country());
      t.put("admin1", p.admin1());
      t.put("precision", p.precision() == null ? null : p.precision().json());
    }
    return root.toString();
  }
}
