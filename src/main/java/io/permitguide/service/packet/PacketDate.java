package io.permitguide.service.packet;

import java.time.LocalDate;

/**
 * One key date (a China date).
 *
 * @param labelEn  what the date is, in English
 * @param labelZh  what the date is, in Chinese
 * @param date     the date, or null when not known yet (printed as a blank line)
 * @param estimate true when the app estimated it: it rests on a holiday schedule not yet published, or it was
 *                 proposed (an expiry from the issue date) rather than typed from the document
 */
public record PacketDate(String labelEn, String labelZh, LocalDate date, boolean estimate) {
}
