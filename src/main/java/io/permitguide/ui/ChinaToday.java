package io.permitguide.ui;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in China: permit dates run on Beijing time wherever the family's computer is. */
public final class ChinaToday {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaToday() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
