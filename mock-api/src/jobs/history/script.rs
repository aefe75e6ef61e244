//! What happened, oldest first: the jobs the mock's past is made of.

use super::{Event, Pick, Present};
use crate::clock;
use contract::{BatchAction, Filter, Role, Status};
use Pick::{Chosen, Matching};

/// A job `days_ago` days before today, at `hour` (UTC) and some minutes, by the demo identity `by`.
fn run(days_ago: i64, hour: i64, by: &'static str, action: BatchAction, pick: Pick) -> Event {
    let reason = None;
    Event::Run { days_ago, hour, by, action, pick, reason, cancelled_at: None, present: Present::After }
}

impl Event {
    fn why(mut self, why: &'static str) -> Event {
        let (Event::Run { reason, .. } | Event::Retry { reason, .. } | Event::Undo { reason, .. }) =
            &mut self;
        *reason = Some(why);
        self
    }

    /// Stopped after this share (per mille) of its users.
    fn cancelled_at(mut self, per_mille: u64) -> Event {
        if let Event::Run { cancelled_at, .. } = &mut self {
            *cancelled_at = Some(per_mille);
        }
        self
    }

    /// Undone later: people hold the values it found.
    fn undone(mut self) -> Event {
        if let Event::Run { present, .. } = &mut self {
            *present = Present::Before;
        }
        self
    }
}

fn matching(status: &[Status], teams: &[&str]) -> Pick {
    let team = teams.iter().map(|t| (*t).to_owned()).collect();
    Matching(Filter { status: status.to_vec(), team, ..Filter::default() })
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn team(id: &str) -> BatchAction {
    BatchAction::AddToTeam { team_id: id.into() }
}

fn add_labels(list: &[&str]) -> BatchAction {
    BatchAction::AddLabels { label_ids: ids(list) }
}

fn remove_labels(list: &[&str]) -> BatchAction {
    BatchAction::RemoveLabels { label_ids: ids(list) }
}

fn specialisms(list: &[&str]) -> BatchAction {
    BatchAction::AddSpecialisms { specialism_ids: ids(list) }
}

fn role(role: Role) -> BatchAction {
    BatchAction::ChangeRole { role }
}

fn language(id: &str) -> BatchAction {
    BatchAction::ChangeLanguage { language: id.into() }
}

fn notify(subject: &str, message: &str) -> BatchAction {
    BatchAction::SendNotification { subject: subject.into(), message: message.into() }
}

fn share(list: &[&str], note: Option<&str>) -> BatchAction {
    BatchAction::ShareContent { content_ids: ids(list), note: note.map(str::to_owned) }
}

/// The past, oldest first. `today` is the day number the jobs count back from. A retry or an undo
/// names its original by its place in this list.
pub(super) fn events(today: i64) -> Vec<Event> {
    let day = |ago: i64| clock::format_date(today - ago);
    let task = |id: &str, due: Option<String>| BatchAction::AddTask { task_id: id.into(), due_date: due };
    let certificate =
        |id: &str, on: String| BatchAction::AssignCertificate { certificate_id: id.into(), issue_date: on };
    let active = [Status::Active];
    let everyone_active = || matching(&active, &[]);
    let town_hall =
        |date: &str| notify("Town hall on Friday", &format!("Join us on Friday the {date} at 16:00."));
    vec![
        run(41, 9, "admin", team("new-hires-2026"), Chosen(60)).why("February intake"),
        run(
            40,
            10,
            "hr",
            notify("Welcome to the Learning Hub", "Start with Onboarding 101 this week."),
            matching(&[], &["new-hires-2026"]),
        )
        .why("Welcome message for the February intake"),
        run(39, 14, "owner", role(Role::Admin), Chosen(3))
            .why("New regional admins for EMEA, approved by the COO (ticket IT-4471)"),
        run(38, 11, "custom", add_labels(&["mentor"]), Chosen(25)),
        run(37, 9, "admin_delete", BatchAction::Deactivate, Chosen(18))
            .why("Contractors whose contracts ended last month"),
        run(35, 15, "hr", task("task-policy-ack", Some(day(21))), Chosen(120))
            .why("Policy update v3 needs an acknowledgement by the end of the quarter"),
        // 6: SSO-managed users and bouncing mailboxes fail; retried the next day, in vain.
        run(
            34,
            10,
            "admin",
            BatchAction::SendPasswordReset,
            matching(&active, &["support-tier-1", "support-tier-2"]),
        )
        .why("Support moved to the new help desk login"),
        Event::Retry { of: 6, hours_later: 24, reason: None },
        run(
            32,
            13,
            "curator_sharing",
            share(&["ll-sales-ramp", "channel-sales"], Some("For the kick-off")),
            matching(&active, &["sales-emea", "sales-na", "sales-apac"]),
        )
        .why("Q2 sales kick-off material"),
        run(
            30,
            9,
            "owner",
            notify("Compliance window opens", "Please finish Mandatory Compliance 2026."),
            everyone_active(),
        )
        .why("Annual compliance window opens on Monday: everyone must finish Mandatory Compliance 2026"),
        run(29, 16, "admin", language("de"), Chosen(40)).why("Berlin warehouse staff asked for German"),
        run(28, 11, "hr", specialisms(&["first-aid"]), Chosen(15)),
        run(27, 10, "admin_delete", role(Role::Curator), Chosen(8))
            .why("The content team needs curators for the new academy"),
        // 13: added to the wrong team, undone by the Owner three hours later.
        run(26, 14, "admin", team("sales-apac"), Chosen(45)).why("Singapore office opening").undone(),
        Event::Undo { of: 13, hours_later: 3, by: "owner", reason: None }
            .why("Wrong team: these people belong to Sales North America (per HR)"),
        run(24, 9, "custom", BatchAction::ResendInvitations, matching(&[Status::Invited], &[]))
            .why("Reminder for everyone who has not accepted yet"),
        run(23, 10, "owner", certificate("cert-first-aid", day(24)), Chosen(20))
            .why("Completed the on-site first aid course"),
        run(22, 15, "admin", remove_labels(&["onboarding"]), Chosen(70))
            .why("Onboarding finished for the January cohort"),
        run(
            21,
            11,
            "hr",
            notify("Fire drill on Thursday", "The alarm sounds at 10:00. Meet at the car park."),
            matching(&active, &["warehouse-berlin", "warehouse-lyon"]),
        )
        .why("Fire drill on Thursday at 10:00"),
        run(20, 10, "admin", BatchAction::Deactivate, Chosen(12)).why("Leavers this month (HR list)"),
        run(19, 9, "admin_delete", add_labels(&["contractor"]), Chosen(30))
            .why("+ new contractors from the agency list"),
        run(
            17,
            14,
            "curator_sharing",
            share(&["gdpr-basics"], None),
            matching(&active, &["legal", "finance"]),
        )
        .why("Annual GDPR refresher for Legal and Finance"),
        run(16, 10, "owner", BatchAction::Reactivate, Chosen(6)).why("Back from parental leave"),
        run(15, 13, "hr", task("task-survey", None), Chosen(200)),
        // A town hall invitation stopped for a wrong date, then sent again.
        run(14, 11, "admin", town_hall("13th"), everyone_active())
            .why("Town hall invitation for all staff")
            .cancelled_at(400),
        run(14, 12, "admin", town_hall("14th"), everyone_active())
            .why("Town hall invitation for all staff (the date corrected)"),
        run(12, 10, "admin", role(Role::Hr), Chosen(4)).why("نقل إلى فريق الموارد البشرية"),
        run(10, 15, "custom", remove_labels(&["remote"]), Chosen(20)),
        run(9, 9, "owner", team("leadership"), Chosen(10)).why("=> leadership programme, cohort 3"),
        run(7, 10, "hr", add_labels(&["first-aider"]), Chosen(16)),
        run(5, 14, "admin_delete", language("fr"), Chosen(25)).why("Lyon warehouse: French interface"),
        run(3, 11, "admin", BatchAction::Deactivate, Chosen(9))
            .why("Left the company, per the \"Leavers\" sheet"),
        run(
            2,
            16,
            "hr",
            notify("Your first week", "Your buddy will contact you today."),
            matching(&[Status::Invited, Status::Active], &["new-hires-2026"]),
        )
        .why("Buddy programme kick-off"),
        run(1, 10, "admin", specialisms(&["customer-service"]), Chosen(35))
            .why("Support Tier 1 certification complete"),
    ]
}
