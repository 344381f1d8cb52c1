package io.permitguide.service.city;

/** What a bureau has been reported to accept as the trip's destination. */
public enum DestinationPolicy {
    /** No destination check reported. */
    ANY,
    /** Issued only for travel to the country of the child's foreign passport; a flight booking may be asked for. */
    PASSPORT_COUNTRY_ONLY,
    /** Reports differ or are missing: the family should ask. */
    UNCLEAR
}
