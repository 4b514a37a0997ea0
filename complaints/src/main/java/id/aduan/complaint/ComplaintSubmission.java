package id.aduan.complaint;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.aduan.complaint.store.StoreDurability;
import id.aduan.complaint.ticket.TicketNumbers;
import id.aduan.models.deadline.WorkingCalendar;

/** Turns a report the citizen confirmed into a stored complaint with a ticket number, durable before it returns. */
@Component
public class ComplaintSubmission {

    private final ComplaintRepository complaints;
    private final TicketNumbers tickets;
    private final Optional<StoreDurability> durability;
    private final WorkingCalendar calendar;
    private final Clock clock;

    public ComplaintSubmission(ComplaintRepository complaints, TicketNumbers tickets,
                               Optional<StoreDurability> durability, WorkingCalendar calendar, Clock clock) {
        this.complaints = complaints;
        this.tickets = tickets;
        this.durability = durability;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Complaint submit(NewComplaint report) {
        Complaint received = Complaint.receive(tickets.next(), report, clock.instant());
        received.refreshDeadline(calendar, clock.instant());
        Complaint saved = complaints.save(received);
        durability.ifPresent(StoreDurability::flush);
        return saved;
    }
}
