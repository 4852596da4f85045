"""Hedgehog hospital patient records and release-site agent: the first design.

A small wildlife charity runs a hedgehog hospital staffed mostly by volunteers.
At admission and on every round, volunteers record each hedgehog's weight,
treatment and medication doses in a web app (on the hospital's shared tablets or
their own phones), together with the finder's contact details. The app runs on
the charity's cloud account and keeps its records in a managed database.
An LLM agent built on a hosted model reads the records through tools: it texts
volunteers a reminder before each medication round, suggests when a hedgehog
looks ready for release (weight, treatment finished) and matches it to garden
release sites that members of the public offer through a form on the website.
The agent only suggests; the hospital coordinator confirms each release and site.
Volunteers sign in with e-mail and password and see records by role; traffic is
HTTPS and the database is encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hedgehog hospital patient records and release-site agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Volunteer patient records for a hedgehog hospital, with an agent for "
    "medication reminders, release readiness and release-site matching.",
)

# ---------------------------------------------------------------- data assets
patient_record = tg.Data(
    "Hedgehog patient record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Admission reason, daily weights, treatments and medication doses given.",
)
finder_details = tg.Data(
    "Finder contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number and the address where the hedgehog was found.",
)
medication_schedule = tg.Data(
    "Medication schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
site_offer = tg.Data(
    "Release site offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Offerer's name, address, phone and a description of the garden.",
)
volunteer_rota = tg.Data(
    "Volunteer rota and phone numbers", kind="records", sensitivity=tg.Sensitivity.PII
)
volunteer_question = tg.Data(
    "Volunteer question to the agent", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, patient records and candidate release sites with addresses.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
record_lookup = tg.Data("Patient record lookup", kind="tool-call")
record_results = tg.Data("Patient records for the agent", kind="tool-result")
site_query = tg.Data("Release site search", kind="tool-call")
site_results = tg.Data(
    "Candidate release sites", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
reminder_request = tg.Data("Reminder to send", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reminder = tg.Data("Medication round reminder", kind="records", sensitivity=tg.Sensitivity.PII)
suggestion = tg.Data(
    "Release suggestion and site match", kind="model-output", sensitivity=tg.Sensitivity.PII
)
release_confirmation = tg.Data(
    "Release confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a garden can offer it as a release site.
    public = tm.add(tg.Actor("Member of the public", role="release site offerer"))

with tm.boundary("Hospital premises", trust=tg.Trust.INTERNAL):
    # Volunteers do the rounds and record every weighing and dose.
    volunteer = tm.add(tg.Actor("Volunteer", role="hospital volunteer"))
    # The coordinator runs the hospital and signs off every release.
    coordinator = tm.add(tg.Actor("Hospital coordinator", role="coordinator", privileged=True))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # The volunteers' web app: patient records, rounds, and the agent's suggestions.
    records_app = tm.add(
        tg.Endpoint(
            "Patient records app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="volunteer and coordinator roles"),
            },
        )
    )
    # The public form on the charity website where gardens are offered.
    offer_form = tm.add(
        tg.Endpoint(
            "Release site offer form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )
    # Every patient's record, the medication schedule and the volunteer rota.
    patient_db = tm.add(
        tg.DataStore(
            "Patient record database",
            stores={patient_record, finder_details, medication_schedule, volunteer_rota},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The gardens offered by the public, waiting to be matched.
    site_register = tm.add(
        tg.DataStore(
            "Release site register",
            stores={site_offer},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs on a schedule before each round and when a volunteer asks it something.
    agent = tm.add(
        tg.Agent(
            "Hospital care agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Sends medication round reminders, suggests release readiness "
            "and matches hedgehogs to offered release sites.",
            controls={
                c.HumanInTheLoop(
                    approver="the hospital coordinator",
                    note="releases and site matches are suggestions the coordinator confirms",
                )
            },
        )
    )
    # Reads patient records and the medication schedule for the agent.
    record_tool = tm.add(tg.Tool("Patient record lookup tool", capabilities={"read"}))
    # Searches the release site register near where a hedgehog was found.
    site_tool = tm.add(tg.Tool("Release site matching tool", capabilities={"read"}))
    # Texts a volunteer on the rota before a medication round.
    reminder_tool = tm.add(tg.Tool("Round reminder tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the reminder texts to volunteers' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# Volunteers and the coordinator use the records app.
tm.flow(volunteer, records_app, patient_record, finder_details, protocol="https")
tm.flow(records_app, volunteer, patient_record, suggestion, protocol="https")
tm.flow(volunteer, records_app, volunteer_question, protocol="https")
tm.flow(coordinator, records_app, medication_schedule, volunteer_rota, protocol="https")
tm.flow(coordinator, records_app, release_confirmation, protocol="https")
tm.flow(records_app, coordinator, patient_record, suggestion, site_offer, protocol="https")
tm.flow(
    records_app,
    patient_db,
    patient_record,
    finder_details,
    medication_schedule,
    volunteer_rota,
    release_confirmation,
)
tm.flow(
    patient_db, records_app, patient_record, finder_details, medication_schedule, volunteer_rota
)
tm.flow(site_register, records_app, site_offer, label="offer details for the coordinator")

# The public offer gardens.
tm.flow(public, offer_form, site_offer, protocol="https")
tm.flow(offer_form, site_register, site_offer)

# The agent.
tm.flow(records_app, agent, volunteer_question)
tm.flow(agent, records_app, suggestion)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, record_tool, record_lookup)
tm.flow(patient_db, record_tool, patient_record, medication_schedule, volunteer_rota)
tm.flow(record_tool, agent, record_results)
tm.flow(agent, site_tool, site_query)
tm.flow(site_register, site_tool, site_offer)
tm.flow(site_tool, agent, site_results)
tm.flow(agent, reminder_tool, reminder_request)
tm.flow(reminder_tool, sms, reminder, protocol="https")
tm.flow(sms, volunteer, reminder, protocol="sms")
