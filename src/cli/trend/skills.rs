//! `charter trend skills [--unit U] [--rep R] [--by month|quarter]`: the
//! ten rep skills as trends per unit (the mean of each skill per period,
//! and the weakest skills), or one rep's own assessments over time.
//!
//! The numbers come from `domain::skills`; this file only lays them out.

use std::fmt::Write;

use serde_json::{json, Map, Value};

use crate::cli::util::TextOrJson;
use crate::cli::CliError;
use crate::domain::model::{Period, Plan};
use crate::domain::skills::{self, RepAssessment, UnitSkills, NO_UNIT, SKILLS};
use crate::present::number::rounded_opt;

#[derive(Debug, clap::Args)]
pub struct SkillsArgs {
    /// Only this unit (an id from plan.yaml `units`, or one used in skills.yaml)
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,
    /// One rep's own assessments over time instead of the units' means
    #[arg(long, value_name = "REP", conflicts_with = "unit")]
    pub rep: Option<String>,
    /// The period the means are taken over
    #[arg(long, value_enum, default_value_t = By::Month)]
    pub by: By,
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    #[default]
    Month,
    Quarter,
}

impl By {
    fn period(self) -> Period {
        match self {
            By::Month => Period::Month,
            By::Quarter => Period::Quarter,
        }
    }

    fn word(self) -> &'static str {
        match self {
            By::Month => "month",
            By::Quarter => "quarter",
        }
    }
}

/// The output of `trend skills`, or why the unit or rep asked for is unknown.
pub fn skills(plan: &Plan, args: &SkillsArgs) -> Result<String, CliError> {
    let text = args.format == TextOrJson::Text;
    if let Some(rep) = &args.rep {
        let trend = skills::rep_trend(plan, rep);
        if trend.is_empty() {
            return Err(unknown(plan, "rep", rep, reps(plan)));
        }
        return Ok(if text {
            rep_text(plan, rep, &trend)
        } else {
            rep_json(plan, rep, &trend)
        });
    }
    if let Some(unit) = &args.unit {
        let known = units(plan);
        if !known.iter().any(|u| u == unit) {
            return Err(unknown(plan, "unit", unit, known));
        }
    }
    let units = skills::unit_skills(plan, args.by.period(), args.unit.as_deref());
    Ok(if text {
        units_text(plan, args, &units)
    } else {
        units_json(plan, args.by, &units)
    })
}

fn reps(plan: &Plan) -> Vec<String> {
    let mut reps: Vec<String> = plan
        .skills
        .assessments
        .iter()
        .map(|a| a.rep.to_string())
        .collect();
    reps.sort();
    reps.dedup();
    reps
}

/// Units declared in plan.yaml and units named by assessments.
fn units(plan: &Plan) -> Vec<String> {
    let mut units: Vec<String> = plan.meta.units.iter().map(|u| u.id.to_string()).collect();
    for a in &plan.skills.assessments {
        let unit = a
            .unit
            .as_ref()
            .map_or(NO_UNIT.to_string(), |u| u.to_string());
        if !units.contains(&unit) {
            units.push(unit);
        }
    }
    units
}

fn unknown(plan: &Plan, kind: &str, id: &str, known: Vec<String>) -> CliError {
    let hint = if plan.skills.assessments.is_empty() {
        "skills.yaml has no assessments yet".to_string()
    } else {
        match crate::store::yaml::de::closest(id, known.iter().map(String::as_str)) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("the {kind}s are {}", known.join(", ")),
        }
    };
    CliError::Usage(format!("there is no {kind} `{id}` in skills.yaml: {hint}"))
}

const LABEL_WIDTH: usize = 26;
/// How many periods a unit's table shows (the latest).
const TABLE_PERIODS: usize = 6;

fn units_text(plan: &Plan, args: &SkillsArgs, units: &[UnitSkills]) -> String {
    let mut o = String::new();
    let scale = plan.skills.max_score();
    if units.is_empty() {
        let _ = writeln!(
            o,
            "No skill assessments{}: record them in skills.yaml, or with `a` on the People tab.",
            args.unit
                .as_deref()
                .map(|u| format!(" for {u}"))
                .unwrap_or_default()
        );
        return o;
    }
    let _ = writeln!(
        o,
        "Rep skills: mean score per {} (1..{scale}), per unit",
        args.by.word()
    );
    for u in units {
        let name = u
            .name
            .as_deref()
            .map(|n| format!(" — {n}"))
            .unwrap_or_default();
        let _ = writeln!(o);
        let _ = writeln!(o, "{}{name}", u.unit);
        let shown = &u.periods[u.periods.len().saturating_sub(TABLE_PERIODS)..];
        let _ = write!(o, "  {:<LABEL_WIDTH$}", "");
        for p in shown {
            let _ = write!(o, " {:>8}", p.period);
        }
        let _ = writeln!(o);
        let _ = write!(o, "  {:<LABEL_WIDTH$}", "reps assessed");
        for p in shown {
            let _ = write!(o, " {:>8}", p.reps);
        }
        let _ = writeln!(o);
        for (key, label) in SKILLS {
            let _ = write!(o, "  {label:<LABEL_WIDTH$}");
            for p in shown {
                let cell = rounded_opt(p.mean(key));
                let _ = write!(o, " {cell:>8}");
            }
            let _ = writeln!(o);
        }
        let _ = writeln!(o, "  weakest: {}", crate::present::method::weakest_line(u));
    }
    o
}

fn units_json(plan: &Plan, by: By, units: &[UnitSkills]) -> String {
    let units: Vec<Value> = units
        .iter()
        .map(|u| {
            let periods: Vec<Value> = u
                .periods
                .iter()
                .map(|p| {
                    let means: Map<String, Value> = p
                        .means
                        .iter()
                        .map(|(skill, mean)| (skill.clone(), json!(mean)))
                        .collect();
                    json!({"period": p.period, "start": p.start, "reps": p.reps, "means": means})
                })
                .collect();
            json!({"unit": u.unit, "name": u.name, "periods": periods, "weakest": u.weakest})
        })
        .collect();
    pretty(&json!({"scale": plan.skills.max_score(), "by": by.word(), "units": units}))
}

fn rep_text(plan: &Plan, rep: &str, trend: &[RepAssessment]) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "Rep {rep}: {} assessment(s), scores 1..{}",
        trend.len(),
        plan.skills.max_score()
    );
    let _ = write!(o, "  {:<LABEL_WIDTH$}", "");
    for a in trend {
        let _ = write!(o, " {:>10}", a.on.to_string());
    }
    let _ = writeln!(o);
    for (i, (_, label)) in SKILLS.iter().enumerate() {
        let _ = write!(o, "  {label:<LABEL_WIDTH$}");
        for a in trend {
            let (_, score, change) = &a.scores[i];
            let cell = match (score, change) {
                (Some(s), Some(c)) if *c != 0 => format!("{s} ({c:+})"),
                (Some(s), _) => s.to_string(),
                (None, _) => "–".into(),
            };
            let _ = write!(o, " {cell:>10}");
        }
        let _ = writeln!(o);
    }
    let _ = write!(o, "  {:<LABEL_WIDTH$}", "mean");
    for a in trend {
        let cell = rounded_opt(a.mean);
        let _ = write!(o, " {cell:>10}");
    }
    let _ = writeln!(o);
    o
}

fn rep_json(plan: &Plan, rep: &str, trend: &[RepAssessment]) -> String {
    let assessments: Vec<Value> = trend
        .iter()
        .map(|a| {
            let scores: Map<String, Value> = a
                .scores
                .iter()
                .filter_map(|(skill, score, _)| score.map(|s| (skill.clone(), json!(s))))
                .collect();
            let changes: Map<String, Value> = a
                .scores
                .iter()
                .filter_map(|(skill, _, change)| change.map(|c| (skill.clone(), json!(c))))
                .collect();
            json!({"on": a.on, "unit": a.unit, "by": a.by, "scores": scores,
                   "changes": changes, "mean": a.mean})
        })
        .collect();
    pretty(&json!({"rep": rep, "scale": plan.skills.max_score(), "assessments": assessments}))
}

fn pretty(value: &Value) -> String {
    crate::cli::terminal::json(value) + "\n"
}
