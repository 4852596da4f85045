"""Gig platform worker background check agent: the first design, before any security review.

People who want to deliver or drive for the platform apply in the worker app: they
enter their personal details (including SSN and driver's licence number), photograph
their ID, and sign the background check disclosure and consent. An LLM agent then runs
the screening: it orders a criminal and motor-vehicle record check from a consumer
reporting agency through a connector tool, reads the report when the agency's webhook
says it is ready, writes a case summary with a recommendation, and either activates the
worker account (clear reports) or routes the case to a Trust & Safety reviewer, who must
approve every denial and pre-adverse-action notice. The agent e-mails applicants about
their status through a transactional e-mail provider and answers their dispute messages.
The agent, tools and stores run in the production VPC; the LLM is a vendor's hosted API.
Controls: SMS one-time-code sign-in and rate limits on the onboarding API, KMS encryption
and role-based access on applicant data, the agency API key in a vault, SSO with MFA for
reviewers, and reviewer approval of adverse decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gig worker background check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="LLM agent that screens gig worker applicants through a consumer reporting "
    "agency and activates or routes them for adverse-action review.",
)

# ---------------------------------------------------------------- data assets
applicant_profile = tg.Data(
    "Applicant profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address history, SSN, driver's licence number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
id_photos = tg.Data(
    "ID document photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the driver's licence or state ID, front and back.",
)
consent = tg.Data(
    "Background check consent",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Signed disclosure and authorisation for the consumer report.",
)
dispute = tg.Data(
    "Applicant dispute message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text an applicant sends to contest or explain a report item.",
)
check_order = tg.Data(
    "Screening order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate identity and the check package to run.",
)
report = tg.Data(
    "Background check report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Consumer report: criminal records, sex-offender registry, motor vehicle record.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the eligibility policy, the applicant profile and report text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
case_summary = tg.Data(
    "Case summary and recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The agent's reading of the report against the policy: clear, consider or deny.",
)
decision = tg.Data(
    "Reviewer adjudication",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approve, deny or request more information, with the reviewer's reason.",
)
status_update = tg.Data(
    "Onboarding status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Activated, pending or denied, on the worker account.",
)
notice = tg.Data(
    "Applicant notice e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Status updates, pre-adverse and adverse action notices with the report copy.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person applying to work on the platform; anyone can sign up.
    applicant = tm.add(tg.Actor("Worker applicant", role="applicant"))
    # iOS/Android worker app used for sign-up, document capture and status.
    worker_app = tm.add(
        tg.Device("Worker mobile app", description="Phone app for onboarding and check status.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with; reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads reports and drafts eligibility recommendations for the agent.",
        )
    )

with tm.boundary("Consumer reporting agency", trust=tg.Trust.PARTNER):
    # The background check vendor that runs criminal and MVR searches.
    cra = tm.add(
        tg.ExternalService(
            "Background check vendor API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Orders checks and calls back when the report is complete.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers notices to applicants.
    email_provider = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Public API behind the worker app: sign-up, uploads, disputes, status.
    onboarding_api = tm.add(
        tg.Endpoint(
            "Onboarding API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # The LLM agent that runs each applicant's screening end to end.
    agent = tm.add(
        tg.Agent(
            "Background check agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Orders checks, reads reports, summarises, activates clear applicants, "
            "answers disputes and sends notices.",
            controls={
                c.HumanInTheLoop(
                    approver="Trust & Safety reviewer",
                    note="only denials and adverse-action notices wait; clear reports "
                    "activate the account automatically",
                ),
            },
        )
    )
    # Connector the agent calls to place orders and fetch finished reports.
    screening_tool = tm.add(
        tg.Tool(
            "Screening vendor connector",
            capabilities={"read", "write", "network-egress"},
            controls={c.SecretsManagement(note="vendor API key held in the cloud vault")},
        )
    )
    # Tool that sets the worker account's onboarding status.
    account_tool = tm.add(tg.Tool("Account status tool", capabilities={"read", "write"}))
    # Tool that sends applicant e-mails through the provider.
    notify_tool = tm.add(tg.Tool("Applicant notification tool", capabilities={"send-messages"}))
    # Case file per applicant: summaries, recommendations and adjudications.
    case_store = tm.add(
        tg.DataStore(
            "Screening case store",
            stores={case_summary, decision, report},
            controls={
                c.AuditLogging(retention_days=1825),
                c.EncryptionAtRest(key_management="KMS"),
            },
        )
    )
    # Internal web console where reviewers adjudicate routed cases.
    review_console = tm.add(
        tg.Service(
            "Adjudication console",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Applicant data tier", trust=tg.Trust.RESTRICTED):
        # Applicant PII, ID photos and signed consents.
        applicant_store = tm.add(
            tg.DataStore(
                "Applicant document store",
                stores={applicant_profile, id_photos, consent},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # The platform's worker accounts: who may accept jobs.
        worker_accounts = tm.add(tg.DataStore("Worker account database", stores={status_update}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust & Safety staff who adjudicate routed and disputed cases.
    reviewer = tm.add(tg.Actor("Trust & Safety reviewer", role="reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, worker_app, applicant_profile, id_photos, consent, dispute)
tm.flow(worker_app, onboarding_api, applicant_profile, id_photos, consent, protocol="https")
tm.flow(worker_app, onboarding_api, dispute, protocol="https", label="dispute")
tm.flow(onboarding_api, applicant_store, applicant_profile, id_photos, consent)
tm.flow(onboarding_api, agent, dispute, label="dispute")
tm.flow(applicant_store, agent, applicant_profile, consent, label="start screening")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, screening_tool, check_order)
tm.flow(screening_tool, cra, check_order, protocol="https", label="order check")
tm.flow(cra, screening_tool, report, protocol="https", label="report-ready webhook")
tm.flow(screening_tool, agent, report, label="report")

tm.flow(agent, case_store, case_summary, report)
tm.flow(case_store, review_console, case_summary, report)
tm.flow(review_console, reviewer, case_summary, report, protocol="https")
tm.flow(reviewer, review_console, decision, protocol="https")
tm.flow(review_console, case_store, decision)
tm.flow(case_store, agent, decision, label="adjudication")

tm.flow(agent, account_tool, status_update)
tm.flow(account_tool, worker_accounts, status_update)
tm.flow(worker_accounts, onboarding_api, status_update)
tm.flow(onboarding_api, worker_app, status_update, protocol="https")

tm.flow(agent, notify_tool, notice)
tm.flow(notify_tool, email_provider, notice, protocol="https")
tm.flow(email_provider, applicant, notice, protocol="smtp+starttls")
