"""Piano competition jury score aggregation agent: the first design, before any security review.

An international piano competition held in a European concert hall. During each round
the jurors enter their scores on competition-issued tablets, which sign each juror in
with their own PIN and send the scores over the hall's Wi-Fi to a scoring API in the
competition's cloud tenancy, where they land in a score ledger.
After each round an LLM agent (a hosted model behind a vendor API) gathers the round's
scores, checks every score against the conflict-of-interest register (teachers, former
pupils, relatives declared by jurors), runs a statistics tool that flags outlying or
inconsistent scores, and writes a draft result sheet with its notes.
The jury chair reviews the draft in a results console, signs in with SSO and a TOTP
code, and approves it; only the approved sheet goes to the competition secretariat for
announcement. Controls in this design: tablet and console sign-in, TLS, score range
validation, an audit log on the ledger, a step limit on the agent and the chair's approval.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Piano competition jury score aggregation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Collects jurors' scores from tablets, checks conflicts of interest and anomalies "
        "with an LLM agent, and prepares results for the jury chair to approve."
    ),
)

# ---------------------------------------------------------------- data assets
juror_scores = tg.Data(
    "Juror scores",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Each juror's score per candidate and round, with juror id and timestamp.",
)
score_receipt = tg.Data(
    "Score receipt",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmation shown on the tablet that a score was recorded.",
)
conflict_declarations = tg.Data(
    "Conflict-of-interest declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Jurors' declared links to candidates: teacher, pupil, relative, employer.",
)
candidate_roster = tg.Data(
    "Candidate roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Candidates' names, nationality, date of birth and teachers.",
)
round_task = tg.Data(
    "Round aggregation request",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which round to aggregate, sent when the round closes.",
)
agent_prompt = tg.Data(
    "Agent prompt with scores and conflicts",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the round's scores, conflict matches and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
conflict_matches = tg.Data(
    "Conflict matches",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Juror-candidate pairs that match a declaration.",
)
score_statistics = tg.Data(
    "Score statistics and outlier flags",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_results = tg.Data(
    "Draft result sheet",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Ranking, excluded scores for conflicts, and the agent's anomaly notes.",
)
chair_approval = tg.Data(
    "Chair's approval of results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approved_results = tg.Data(
    "Approved results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Concert hall venue network", trust=tg.Trust.PARTNER):
    # The jurors score each performance from their seats in the hall.
    juror = tm.add(tg.Actor("Juror", role="competition juror"))
    # Competition-issued tablets on the hall's Wi-Fi; the only way scores are entered.
    tablet = tm.add(
        tg.Device(
            "Juror scoring tablet",
            fleet=True,
            description="Locked-down tablet app, one per juror, enrolled before the competition.",
        )
    )
    # The chair reviews and approves the results before any announcement.
    chair = tm.add(tg.Actor("Jury chair", role="jury chair"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called through the vendor's API.",
        )
    )

with tm.boundary("Competition cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives scores from the tablets and writes them to the ledger.
    score_api = tm.add(
        tg.Endpoint(
            "Scoring API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="juror's own PIN on a competition-issued tablet with a per-tablet API key"
                ),
                c.InputValidation(note="scores must be within the round's 1-25 scale"),
            },
        )
    )
    # System of record for every score entered.
    ledger = tm.add(
        tg.DataStore(
            "Score ledger",
            stores={juror_scores},
            controls={c.AuditLogging(note="every insert and change with the tablet and juror id")},
        )
    )
    # Declarations collected by the secretariat before the competition, plus the roster.
    register = tm.add(
        tg.DataStore(
            "Conflict-of-interest register",
            stores={conflict_declarations, candidate_roster},
            controls={c.RBAC(note="secretariat edits, the agent's tool reads")},
        )
    )
    # Aggregates a round, checks conflicts and anomalies, drafts the result sheet.
    agent = tm.add(
        tg.Agent(
            "Jury aggregation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs when a round closes; its draft is only a proposal to the chair.",
            controls={
                c.HumanInTheLoop(approver="the jury chair"),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reads the round's scores from the ledger and computes means, spreads and outliers.
    stats_tool = tm.add(
        tg.Tool(
            "Score statistics tool",
            capabilities={"read"},
            description="Trimmed means, per-juror deviation and inconsistent-score flags.",
        )
    )
    # Matches jurors against candidates in the declarations.
    conflict_tool = tm.add(tg.Tool("Conflict check tool", capabilities={"read"}))
    # Writes the draft sheet; it cannot change scores in the ledger.
    draft_tool = tm.add(
        tg.Tool(
            "Result draft writer",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="write access to the drafts table only")},
        )
    )
    # Holds drafts and, once approved, the final sheet.
    results_store = tm.add(tg.DataStore("Results store", stores={draft_results, approved_results}))
    # Where the chair reads the draft with the agent's notes and approves it.
    console = tm.add(
        tg.Endpoint(
            "Chair results console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="competition SSO with TOTP")},
        )
    )

with tm.boundary("Competition office", trust=tg.Trust.INTERNAL):
    # Maintains the register and announces the approved results.
    secretariat = tm.add(tg.Actor("Competition secretariat", role="competition staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.3")

tm.flow(juror, tablet, juror_scores, label="enters scores on the tablet")
tm.flow(tablet, score_api, juror_scores, protocol="https", controls={tls})
tm.flow(score_api, tablet, score_receipt, protocol="https", controls={tls})
tm.flow(tablet, juror, score_receipt, label="shown on the tablet")
tm.flow(score_api, ledger, juror_scores)

tm.flow(
    secretariat, register, conflict_declarations, candidate_roster, label="before the competition"
)

tm.flow(score_api, agent, round_task, label="round closed")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, stats_tool, tool_calls)
tm.flow(ledger, stats_tool, juror_scores)
tm.flow(stats_tool, agent, score_statistics, juror_scores)

tm.flow(agent, conflict_tool, tool_calls)
tm.flow(register, conflict_tool, conflict_declarations, candidate_roster)
tm.flow(conflict_tool, agent, conflict_matches)

tm.flow(agent, draft_tool, draft_results)
tm.flow(draft_tool, results_store, draft_results)

tm.flow(results_store, console, draft_results)
tm.flow(console, chair, draft_results, protocol="https", controls={tls})
tm.flow(chair, console, chair_approval, protocol="https", controls={tls})
tm.flow(console, results_store, approved_results, label="marks the sheet approved")
tm.flow(results_store, secretariat, approved_results, protocol="https", label="for announcement")
