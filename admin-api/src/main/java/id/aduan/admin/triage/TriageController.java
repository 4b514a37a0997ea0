package id.aduan.admin.triage;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.complaint.ComplaintDetails;
import id.aduan.admin.complaint.ComplaintViews;

/** The officers' actions, one endpoint each; every response is the complaint as it now stands. */
@RestController
@RequestMapping("/api/complaints/{ticket}")
class TriageController {

    private final Triage triage;
    private final ComplaintViews views;

    TriageController(Triage triage, ComplaintViews views) {
        this.triage = triage;
        this.views = views;
    }

    @PostMapping("/verify")
    ComplaintDetails verify(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Verify body,
                            Principal officer) {
        return views.details(triage.verify(ticket, name(officer), body.category(), body.agency(), body.note()));
    }

    @PostMapping("/dispose")
    ComplaintDetails dispose(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Dispose body,
                             Principal officer) {
        return views.details(triage.dispose(ticket, name(officer), body.agency(), body.note()));
    }

    @PostMapping("/follow-up")
    ComplaintDetails followUp(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Note body,
                              Principal officer) {
        return views.details(triage.followUp(ticket, name(officer), body.note()));
    }

    @PostMapping("/complete")
    ComplaintDetails complete(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Note body,
                              Principal officer) {
        return views.details(triage.complete(ticket, name(officer), body.note()));
    }

    @PostMapping("/reroute")
    ComplaintDetails reroute(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Reroute body,
                             Principal officer) {
        return views.details(triage.reroute(ticket, name(officer), body.reason()));
    }

    @PostMapping("/notes")
    ComplaintDetails addNote(@PathVariable String ticket, @Valid @RequestBody TriageRequests.InternalNote body,
                             Principal officer) {
        return views.details(triage.addNote(ticket, name(officer), body.text()));
    }

    @PostMapping("/assign")
    ComplaintDetails assign(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Assign body,
                            Principal officer) {
        return views.details(triage.assign(ticket, name(officer), body.officer()));
    }

    @PostMapping("/questions")
    ComplaintDetails askCitizen(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Question body,
                                Principal officer) {
        return views.details(triage.askCitizen(ticket, name(officer), body.question()));
    }

    @PostMapping("/archive")
    ComplaintDetails archive(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Archive body,
                             Principal officer) {
        return views.details(triage.archive(ticket, name(officer), body.reason()));
    }

    /** Merges this complaint, a duplicate, into the target ticket; answers the archived duplicate. */
    @PostMapping("/merge")
    ComplaintDetails merge(@PathVariable String ticket, @Valid @RequestBody TriageRequests.Merge body,
                           Principal officer) {
        return views.details(triage.merge(ticket, name(officer), body.target(), body.note()));
    }

    private static String name(Principal officer) {
        return officer == null ? "petugas" : officer.getName();
    }
}
