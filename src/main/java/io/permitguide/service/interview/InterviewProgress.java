package io.permitguide.service.interview;

/** "Question {@code position} of {@code total}": the screen's number and the most questions the interview can have. */
public record InterviewProgress(int position, int total) {
    public InterviewProgress {
        if (position < 1 || total < position) {
            throw new IllegalArgumentException(position + " of " + total);
        }
    }

    /** How far along the bar is, from just above 0 to 1 on the last question. */
    public double fraction() {
        return position / (double) total;
    }
}
