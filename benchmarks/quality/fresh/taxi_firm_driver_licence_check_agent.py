"""Taxi firm driver licence check agent: the first design, before any security review.

A private-hire taxi firm onboards new drivers and re-checks existing ones with an
LLM agent. Drivers photograph their driving licence, taxi badge and insurance
certificate in the driver app, which uploads them to the firm's driver API on its
cloud account. The agent reads the uploaded documents with a hosted multimodal LLM,
checks the licence with the national licensing agency's API (via an API key kept
in the cloud secret store) and the driver's taxi badge in the council's public
taxi licence register, records the outcome and expiry dates in the compliance
database, and e-mails flags (expired, expiring within 30 days, mismatched) to the
fleet manager. Only the fleet manager suspends or reinstates a driver, in the
dispatch system. Drivers sign in with their mobile number and an SMS code; office
staff use Google Workspace SSO with MFA. Documents are encrypted at rest and the
agent's tool calls are logged; drivers' personal data falls under UK/EU GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Taxi firm driver licence check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that verifies drivers' licence and insurance documents "
    "and flags expiring ones to the fleet manager.",
)

# ---------------------------------------------------------------- data assets
driver_documents = tg.Data(
    "Driver licence and insurance documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos of the driving licence, council taxi badge and insurance certificate.",
)
upload_status = tg.Data("Onboarding status", kind="records", sensitivity=tg.Sensitivity.PII)
check_request = tg.Data(
    "Document check request",
    kind="instructions",
    sensitivity=tg.Sensitivity.PII,
    description="Driver id and which documents to check, from an upload or the nightly re-check.",
)
llm_prompt = tg.Data(
    "Agent prompt with documents",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool results so far and the document images.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
licence_query = tg.Data(
    "Licence check query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Licence number, surname and date of birth extracted from the licence photo.",
)
agency_api_key = tg.Data(
    "Licensing agency API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
licence_record = tg.Data(
    "Driving licence record",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entitlements, validity dates and endorsements (penalty points, offences).",
)
badge_query = tg.Data("Taxi badge lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
badge_record = tg.Data(
    "Council taxi licence entry", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
compliance_update = tg.Data(
    "Compliance check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-driver outcome, document expiry dates and the agent's reasons.",
)
due_rechecks = tg.Data(
    "Drivers due for re-check", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
expiry_flag = tg.Data(
    "Expiry and mismatch flag", kind="model-output", sensitivity=tg.Sensitivity.PII
)
suspension = tg.Data("Driver suspension", kind="records", sensitivity=tg.Sensitivity.PII)
agent_log = tg.Data("Agent tool-call log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Self-employed drivers applying to or working for the firm.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The firm's driver app on the driver's own phone: where documents are photographed.
    driver_app = tm.add(
        tg.Device("Driver app", description="iOS and Android app on drivers' phones.")
    )
    # The council publishes its register of licensed taxi drivers as a web search.
    council_register = tm.add(
        tg.ExternalService(
            "Council taxi licence register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public search page of licensed hackney and private-hire drivers.",
        )
    )

with tm.boundary("Licensing agency", trust=tg.Trust.PARTNER):
    # The national licensing agency's licence-check API, for registered employers.
    licensing_api = tm.add(
        tg.ExternalService(
            "National licensing agency API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model that reads document photos and drives the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="vendor DPA; no training on our data, 30-day retention")
            },
        )
    )

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # Receives document uploads from the app and reports onboarding status back.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="mobile number with SMS one-time code at each sign-in"),
                c.InputValidation(note="JPEG, PNG or PDF only, 10 MB limit"),
            },
        )
    )
    # Keeps the uploaded document photos for the life of the driver's engagement.
    document_store = tm.add(
        tg.DataStore(
            "Driver document bucket",
            stores={driver_documents},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent: runs on each upload and on a nightly re-check of every driver.
    agent = tm.add(
        tg.Agent(
            "Licence check agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Extracts details from documents, checks them at the agency and council, "
            "records the result and flags problems; never suspends anyone itself.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=365, note="every tool call and its arguments"),
            },
        )
    )
    # Tool: licence check against the national licensing agency.
    licence_tool = tm.add(
        tg.Tool(
            "Licence check tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="agency API key in the cloud secret store")},
        )
    )
    # Tool: looks a driver's badge number up in the council's public register.
    badge_tool = tm.add(
        tg.Tool("Council register lookup tool", capabilities={"read", "network-egress"})
    )
    # Tool: reads drivers due for re-check and writes check results and expiry dates.
    record_tool = tm.add(tg.Tool("Compliance record tool", capabilities={"read", "write"}))
    # Tool: e-mails a flag to the fleet manager's inbox.
    alert_tool = tm.add(tg.Tool("Fleet manager alert tool", capabilities={"send-messages"}))
    # Per-driver compliance status, expiry dates and the agent's log.
    compliance_db = tm.add(
        tg.DataStore(
            "Driver compliance database",
            stores={compliance_update, agent_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Firm office", trust=tg.Trust.INTERNAL):
    # Decides on every activation and suspension.
    fleet_manager = tm.add(tg.Actor("Fleet manager", role="fleet manager", privileged=True))
    # The firm's dispatch system: a driver suspended here gets no jobs.
    dispatch = tm.add(
        tg.Service(
            "Dispatch system",
            controls={
                c.Authentication(method="Google Workspace SSO with MFA"),
                c.RBAC(note="only fleet managers can suspend drivers"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(driver, driver_app, driver_documents, label="photographs documents")
tm.flow(driver_app, driver_api, driver_documents, protocol="https")
tm.flow(driver_api, driver_app, upload_status, protocol="https")
tm.flow(driver_app, driver, upload_status, label="shown in the app")
tm.flow(driver_api, document_store, driver_documents)
tm.flow(driver_api, agent, check_request, label="new upload")

tm.flow(document_store, agent, driver_documents)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, licence_tool, licence_query)
tm.flow(licence_tool, licensing_api, licence_query, agency_api_key, protocol="https")
tm.flow(licensing_api, licence_tool, licence_record, protocol="https")
tm.flow(licence_tool, agent, licence_record)

tm.flow(agent, badge_tool, badge_query)
tm.flow(badge_tool, council_register, badge_query, protocol="https")
tm.flow(council_register, badge_tool, badge_record, protocol="https")
tm.flow(badge_tool, agent, badge_record)

tm.flow(agent, record_tool, compliance_update, agent_log)
tm.flow(record_tool, compliance_db, compliance_update, agent_log)
tm.flow(compliance_db, record_tool, due_rechecks, label="nightly re-check list")
tm.flow(record_tool, agent, due_rechecks)

tm.flow(agent, alert_tool, expiry_flag)
tm.flow(alert_tool, fleet_manager, expiry_flag, protocol="smtp+starttls", label="e-mail")
tm.flow(fleet_manager, dispatch, suspension, protocol="https")
