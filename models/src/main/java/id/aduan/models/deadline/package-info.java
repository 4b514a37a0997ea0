/**
 * Working-day deadlines (SLA) of SP4N-LAPOR!: the Indonesian working-day calendar, the deadline rules and the
 * Indonesian date text shown to citizens.
 *
 * <p>Conventions, decided once here:
 * <ul>
 *   <li>All dates are taken in Asia/Jakarta (WIB): an {@link java.time.Instant} becomes the Jakarta date it falls
 *       on, so a complaint sent at 01:30 WIB on Tuesday (18:30 UTC Monday) was received on Tuesday.</li>
 *   <li>Working days are Monday to Friday except hari libur nasional, cuti bersama and any regional days a
 *       deployment adds.</li>
 *   <li>"Within n working days of X" counts the working days after the Jakarta date of X; that date itself never
 *       counts. Received on Monday 10:00, 3 working days end on Thursday; received on Saturday or on a holiday,
 *       the first day counted is the next working day (Saturday: Monday is day 1, Wednesday day 3).</li>
 *   <li>A deadline is a whole day: it is met until the end of its due date in Jakarta (23:59:59 WIB) and overdue
 *       from 00:00 WIB the day after.</li>
 *   <li>While a complaint waits for the citizen (status {@code ditunda}) its clock stops: the working days between
 *       the pause and the resumption are added to the deadline.</li>
 * </ul>
 */
package id.aduan.models.deadline;
