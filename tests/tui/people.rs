//! Routines' meetings and the incident log are written in the YAML files;
//! editing a routine in the UI keeps its meetings as they were written.

use charter::tui::app::Mode;
use charter::tui::items::Kind;
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{focused_text, keys, save, send};
use super::common::Sandbox;
use super::{app_in, retype};

const TEAM_MEETING: &str = "  - { id: team-meeting, name: Team meeting with decisions and updates written down, every: 1w, owner: daniel, held: [2026-11-09, 2026-11-16, 2026-11-23] }\n";

const WITH_MEETINGS: &str = "  - id: team-meeting   # Sunday mornings
    name: Team meeting with decisions and updates written down
    every: 1w
    owner: daniel
    attendees: [dana, ruth]
    meetings:
      - on: 2026-11-23
        attendees: [dana]
        minutes: 40
        summary: |
          Callbacks promised on Friday were made.
        decisions:
          - { text: Keep the callback script, owner: dana }
        actions:
          - { text: Share the script with the south team, owner: ruth, due: 2026-11-30 }
";

#[test]
fn editing_a_routine_keeps_its_meetings_and_their_comments() {
    let sb = Sandbox::example_repo();
    let text = sb.read("repo/plan/committee.yaml");
    assert!(text.contains(TEAM_MEETING));
    sb.write(
        "repo/plan/committee.yaml",
        &text.replace(TEAM_MEETING, WITH_MEETINGS),
    );
    sb.git("repo", &["commit", "-qam", "meetings of the team meeting"]);
    let mut app = app_in(&sb);
    assert_eq!(app.plan.committee.routines[1].meetings.len(), 1);
    keys(&mut app, "6");
    for _ in 0..40 {
        if app.selected() == Some((Kind::Routine, 1)) {
            break;
        }
        keys(&mut app, "j");
    }
    assert_eq!(app.selected(), Some((Kind::Routine, 1)));
    keys(&mut app, "e");
    assert!(matches!(app.mode, Mode::Form(_)), "{:?}", app.mode);
    send(&mut app, KeyCode::Tab);
    assert!(focused_text(&app).0.starts_with("Team meeting"));
    retype(&mut app, "Weekly team meeting");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    save(&mut app);
    let saved = sb.read("repo/plan/committee.yaml");
    let expected = WITH_MEETINGS.replace(
        "name: Team meeting with decisions and updates written down",
        "name: Weekly team meeting",
    );
    assert!(saved.contains(&expected), "{saved}");
}
