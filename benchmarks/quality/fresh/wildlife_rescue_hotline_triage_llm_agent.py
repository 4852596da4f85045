"""Wildlife rescue hotline triage agent: the first design, before any security review.

Members of the public report injured or orphaned wild animals through a form on
the charity's website or by WhatsApp, usually with photos. The reports reach an
intake service in the charity's cloud account; a triage agent reads each one with
the charity's species triage guidelines, asks a hosted multimodal LLM to judge
the species and urgency from the text and photos, and writes the assessment to
the case database. For cases that need collection it looks up the nearest
available volunteer driver on the roster (locations geocoded by a mapping API)
and texts them the pick-up details through an SMS gateway; the dispatch tool only
texts numbers on the roster. Drivers reply ACCEPT or DECLINE by text, and the
reporter gets holding advice back on WhatsApp. Coordinators watch cases and can
reassign drivers in a dashboard behind Google Workspace sign-in with 2-step
verification. The web form is rate limited; API keys live in a secret manager.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wildlife rescue hotline triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Triage of public wildlife reports by an LLM agent that dispatches the nearest "
        "volunteer driver by SMS, for a UK wildlife rescue charity."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Animal report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="What the reporter saw, where, and their name and phone number.",
)
photos = tg.Data(
    "Animal photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos sent by the reporter; may show people, gardens and location metadata.",
)
form_ack = tg.Data("Report acknowledgement", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data(
    "Holding advice reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="How to contain and keep the animal until a driver arrives, sent to the reporter.",
)
guidelines = tg.Data(
    "Species triage guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The charity's urgency rules per species and injury, used as the agent's instructions.",
)
triage_prompt = tg.Data("Triage prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
triage_output = tg.Data(
    "LLM triage completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
assessment = tg.Data(
    "Triage assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Species, urgency level and whether a collection is needed, per case.",
)
case_record = tg.Data(
    "Rescue case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
roster = tg.Data(
    "Volunteer driver roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Drivers' names, mobile numbers, home postcodes, vehicles and availability.",
)
driver_query = tg.Data("Nearest driver query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
candidates = tg.Data(
    "Nearest available drivers", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
geocode_request = tg.Data("Address to geocode", kind="records", sensitivity=tg.Sensitivity.PII)
coordinates = tg.Data("Geocoded location", kind="records", sensitivity=tg.Sensitivity.PII)
dispatch_call = tg.Data("Dispatch text request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
dispatch_text = tg.Data(
    "Dispatch text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Species, urgency, pick-up address and the reporter's phone number.",
)
send_result = tg.Data("Send receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
driver_reply = tg.Data(
    "Driver SMS reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="ACCEPT or DECLINE, from the driver's mobile number.",
)
reassignment = tg.Data("Coordinator reassignment", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who finds an animal; reports are unauthenticated.
    public = tm.add(tg.Actor("Member of the public", role="reporter"))
    # Drivers use their own phones; they are reached only by SMS.
    driver = tm.add(tg.Actor("Volunteer driver", role="volunteer"))
    # Coordinators are staff and senior volunteers working from home.
    coordinator = tm.add(tg.Actor("Rescue coordinator", role="coordinator"))

with tm.boundary("WhatsApp platform", trust=tg.Trust.PARTNER):
    # The WhatsApp Business Cloud API: carries reports in and replies out.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business API", provides="generic"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends dispatch texts and relays drivers' replies back to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the report and photos and judges species and urgency.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and chat model behind the vendor's API.",
        )
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Turns free-text locations into coordinates for the distance search.
    geocoder = tm.add(tg.ExternalService("Geocoding API", provides="data-provider"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # The public way in besides WhatsApp.
    web_form = tm.add(
        tg.Endpoint(
            "Report web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.RateLimiting(requests_per_minute=10),
                tg.controls.InputValidation(
                    note="field checks; photos limited to JPEG/PNG under 10 MB"
                ),
            },
        )
    )
    # Receives form posts and WhatsApp and SMS webhooks, opens cases, sends WhatsApp replies.
    intake = tm.add(
        tg.Service(
            "Report intake service",
            internet_facing=True,
            description="Webhook receiver for WhatsApp messages and inbound SMS replies.",
        )
    )
    # Triages each new case and dispatches a driver without waiting for a person.
    agent = tm.add(
        tg.Agent(
            "Triage and dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                tg.controls.CircuitBreaker(max_steps=15),
                tg.controls.SecretsManagement(
                    note="LLM, SMS and WhatsApp keys in the cloud secret manager"
                ),
            },
        )
    )
    # The charity's own rules the agent triages by.
    guideline_store = tm.add(tg.DataStore("Triage guideline store", stores={guidelines}))
    # Every case: report, photos, assessment, dispatch and driver status.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={report, photos, assessment, case_record},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Who can drive, where they live and when they are free.
    roster_db = tm.add(
        tg.DataStore(
            "Volunteer roster",
            stores={roster},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Finds available drivers nearest the animal.
    driver_lookup = tm.add(
        tg.Tool("Nearest driver lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Texts the chosen driver.
    sms_tool = tm.add(
        tg.Tool(
            "Driver dispatch SMS tool",
            capabilities={"send-messages"},
            origin="first-party",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="the tool only sends to mobile numbers on the volunteer roster"
                )
            },
        )
    )
    # Where coordinators follow cases and reassign drivers.
    dashboard = tm.add(
        tg.Endpoint(
            "Coordinator dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="Google Workspace sign-in with 2-step verification"
                ),
                tg.controls.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# reports in
tm.flow(public, web_form, report, photos, protocol="https")
tm.flow(web_form, public, form_ack, protocol="https")
tm.flow(web_form, intake, report, photos)
tm.flow(public, whatsapp, report, photos, protocol="https", label="WhatsApp message")
tm.flow(whatsapp, intake, report, photos, protocol="https", label="message webhook")
tm.flow(intake, case_db, report, photos)
tm.flow(intake, agent, report, photos, label="new case")

# triage
tm.flow(guideline_store, agent, guidelines)
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, triage_output, protocol="https")
tm.flow(agent, case_db, assessment)
tm.flow(case_db, agent, case_record)

# dispatch
tm.flow(agent, driver_lookup, driver_query)
tm.flow(driver_lookup, geocoder, geocode_request, protocol="https")
tm.flow(geocoder, driver_lookup, coordinates, protocol="https")
tm.flow(roster_db, driver_lookup, roster)
tm.flow(driver_lookup, agent, candidates)
tm.flow(agent, sms_tool, dispatch_call)
tm.flow(roster_db, sms_tool, roster, label="allowed numbers")
tm.flow(sms_tool, sms_gateway, dispatch_text, protocol="https")
tm.flow(sms_gateway, sms_tool, send_result, protocol="https")
tm.flow(sms_tool, agent, send_result)
tm.flow(sms_gateway, driver, dispatch_text, protocol="sms")
tm.flow(driver, sms_gateway, driver_reply, protocol="sms")
tm.flow(sms_gateway, intake, driver_reply, protocol="https", label="inbound SMS webhook")
tm.flow(intake, case_db, driver_reply, label="dispatch status")

# reply to the reporter
tm.flow(agent, intake, advice)
tm.flow(intake, whatsapp, advice, protocol="https")
tm.flow(whatsapp, public, advice, protocol="https")

# coordinators
tm.flow(case_db, dashboard, case_record, report, photos, assessment)
tm.flow(dashboard, coordinator, case_record, photos, assessment, protocol="https")
tm.flow(coordinator, dashboard, reassignment, protocol="https")
tm.flow(dashboard, case_db, reassignment)
tm.flow(roster_db, dashboard, roster)
