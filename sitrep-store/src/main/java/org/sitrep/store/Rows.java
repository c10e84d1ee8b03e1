package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds values to a statement's parameters in order; nulls get a typed null. */
final class Rows {
  private Rows() {}

  static void set(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        s.setNull(i + 1, Types.VARCHAR);
      } else {
        s.setObject(i + 1, values[i]);
      }
    }
  }
}
