"""Background check adjudication agent: the first design, before any security review.

A US staffing company places candidates with client employers. When the screening
vendor finishes a background check it posts the criminal and employment report to
our intake service, which files it in a case store and starts the adjudication
agent. The agent (running in our cloud, calling a hosted LLM) reads the report and
the client's hiring criteria through a case lookup tool, writes an individualised
assessment and, where the report disqualifies, a draft FCRA pre-adverse-action
notice, then messages the recruiter a recommendation. Nothing reaches a candidate
until a recruiter approves it in the recruiter console (SSO, roles); the console
sends notices through an email provider. Candidates dispute a report through a
public web form that files the dispute on the case. Client HR admins maintain
their hiring criteria in the console. Reports and cases are encrypted at rest
and access to them is logged, as FCRA record-keeping requires.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Background check adjudication agent",
    profile=tg.RiskProfile.HIGH,
    description="Drafts FCRA adjudication recommendations and adverse-action notices for recruiters.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Background report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Consumer report: criminal records, employment and education verification.",
)
case_event = tg.Data("New case event", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
criteria = tg.Data(
    "Client hiring criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-client, per-role rules: look-back periods, disqualifying offences.",
)
dispute = tg.Data(
    "Candidate dispute",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text explanation and uploaded evidence from the candidate.",
)
dispute_ack = tg.Data("Dispute acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Case lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
case_file = tg.Data(
    "Case file",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Report, disputes and the applicable criteria, as returned to the agent.",
)
prompt = tg.Data("Adjudication prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft_call = tg.Data("Draft notice call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
draft_notice = tg.Data(
    "Draft adverse-action notice", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
recommendation = tg.Data(
    "Adjudication recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Proceed / individual review / adverse action, with the reasons.",
)
decision = tg.Data("Recruiter decision", kind="records", sensitivity=tg.Sensitivity.PII)
notice = tg.Data(
    "Adverse-action notice",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pre-adverse or final notice with a copy of the report and the FCRA summary of rights.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Job candidates who receive notices and may dispute their report.
    candidate = tm.add(tg.Actor("Candidate", role="job candidate"))

with tm.boundary("Screening vendor", trust=tg.Trust.PARTNER):
    # The consumer reporting agency that runs the checks and posts finished reports.
    vendor = tm.add(
        tg.DataSource("Screening vendor report API", origin=tg.Origin.VENDOR, provides={report})
    )

with tm.boundary("Client organisations", trust=tg.Trust.PARTNER):
    # A client's HR admin who sets the hiring criteria for their roles.
    client_admin = tm.add(tg.Actor("Client HR admin", role="client admin"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that reasons over the report and drafts text.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its output shapes employment decisions about candidates.",
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Transactional email service that delivers notices to candidates.
    email = tm.add(tg.ExternalService("Transactional email service"))

with tm.boundary("Staffing cloud", trust=tg.Trust.INTERNAL):
    # Public form where candidates dispute a report.
    dispute_form = tm.add(
        tg.Endpoint(
            "Dispute web form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="file type and size checks on uploads")},
        )
    )
    # Receives the vendor's webhook, files the report and opens a case.
    intake = tm.add(
        tg.Service(
            "Report intake service",
            controls={c.Authentication(method="vendor API key on the webhook")},
        )
    )
    # The LLM agent that adjudicates each case and drafts the paperwork.
    agent = tm.add(
        tg.Agent(
            "Adjudication agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the recruiter, before any notice is sent"),
                c.Contestability(note="candidates dispute through the web form"),
            },
        )
    )
    # Reads the report, disputes and the client's criteria for one case.
    lookup_tool = tm.add(tg.Tool("Case lookup tool", capabilities={"read"}))
    # Saves a draft adverse-action notice on the case.
    draft_tool = tm.add(tg.Tool("Notice drafting tool", capabilities={"write"}))
    # Messages the recruiter who owns the requisition with the recommendation.
    notify_tool = tm.add(tg.Tool("Recruiter notification tool", capabilities={"send-messages"}))
    # Web app where recruiters review cases and client admins edit criteria.
    console = tm.add(
        tg.Service(
            "Recruiter console",
            controls={c.Authentication(method="SSO (OIDC)"), c.RBAC()},
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # Reports, disputes, drafts and decisions per candidate case.
        case_store = tm.add(
            tg.DataStore(
                "Case store",
                stores={report, dispute, draft_notice, recommendation, decision},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=1825),
                },
            )
        )
        # Each client's hiring criteria, versioned by role.
        criteria_store = tm.add(tg.DataStore("Hiring criteria store", stores={criteria}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staffing recruiters who own the hiring decision and approve every notice.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))

# ---------------------------------------------------------------- flows
tm.flow(vendor, intake, report, protocol="https", label="report-ready webhook")
tm.flow(intake, case_store, report)
tm.flow(intake, agent, case_event)

tm.flow(client_admin, console, criteria, protocol="https")
tm.flow(console, criteria_store, criteria)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(case_store, lookup_tool, report, dispute)
tm.flow(criteria_store, lookup_tool, criteria)
tm.flow(lookup_tool, agent, case_file)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, draft_tool, draft_call)
tm.flow(draft_tool, case_store, draft_notice, recommendation)
tm.flow(agent, notify_tool, recommendation)
tm.flow(notify_tool, recruiter, recommendation, protocol="https", label="Teams message")

tm.flow(case_store, console, report, draft_notice, recommendation, dispute)
tm.flow(console, recruiter, report, draft_notice, recommendation, protocol="https")
tm.flow(recruiter, console, decision, protocol="https")
tm.flow(console, case_store, decision)
tm.flow(console, email, notice, protocol="https")
tm.flow(email, candidate, notice, protocol="smtp")

tm.flow(candidate, dispute_form, dispute, protocol="https")
tm.flow(dispute_form, candidate, dispute_ack, protocol="https")
tm.flow(dispute_form, case_store, dispute)
