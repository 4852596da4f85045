"""Badger vaccination booking agent: the first design, before any security review.

A wildlife charity in England vaccinates badgers against bovine TB under a licence
from the government's wildlife licensing agency. An LLM agent takes over the field
coordinator's paperwork: it e-mails landowners from the charity's Microsoft 365
mailbox to book the pre-baiting, trapping and vaccination visits, reads their
replies and enters the bookings in the field records database. Vaccinators record
cage trap sites (grid references near setts) and the badgers vaccinated in a field
app on their phones, which syncs to the same database. At the season's end the
agent drafts the licence return from those records; the coordinator checks it and
uploads it to the agency's portal herself. The agent, its tools and the database
run in the charity's Azure tenancy; the model is a hosted LLM under a data
processing agreement. Staff sign in with Microsoft 365 and MFA; volunteer
vaccinators have their own app accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Badger vaccination booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM agent that books landowner visits for badger vaccination teams, keeps trap "
        "sites and vaccination counts, and drafts the licence returns."
    ),
)

# ---------------------------------------------------------------- data assets
coordinator_request = tg.Data(
    "Coordinator request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What to book or draft, e.g. 'book trapping at Home Farm next week'.",
)
landowner_emails = tg.Data(
    "Landowner booking e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed visit dates out, landowners' replies in.",
)
landowner_contacts = tg.Data(
    "Landowner contact details", kind="records", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data("Visit bookings", kind="records", sensitivity=tg.Sensitivity.PII)
trap_sites = tg.Data(
    "Trap sites and sett locations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Grid references of setts and cage traps; kept quiet to protect the badgers.",
)
vaccination_records = tg.Data(
    "Vaccination records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Badgers trapped and vaccinated per site and night, with the vaccinator's name.",
)
licence_return = tg.Data(
    "Licence return draft",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_results = tg.Data("Agent tool results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers and estates whose land holds the setts; they reply to booking e-mails.
    landowner = tm.add(tg.Actor("Landowner", role="landowner"))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Plans the season, instructs the agent, checks and submits the licence return.
    coordinator = tm.add(tg.Actor("Field coordinator", role="staff"))

with tm.boundary("Field", trust=tg.Trust.INTERNAL):
    # Trained volunteer vaccinators who set the traps and vaccinate.
    vaccinator = tm.add(tg.Actor("Lay vaccinator", role="volunteer"))
    # The vaccinators' own phones running the field data app, offline on site.
    field_app = tm.add(tg.Device("Field data app on vaccinators' phones", fleet=True))

with tm.boundary("Charity Azure tenancy", trust=tg.Trust.INTERNAL):
    # Web front end where the coordinator talks to the agent and reviews drafts.
    console = tm.add(
        tg.Endpoint(
            "Coordinator console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # The LLM agent that books visits and drafts the licence return.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="field coordinator",
                    note=(
                        "the coordinator checks the licence return before uploading it; "
                        "booking e-mails and bookings go ahead automatically"
                    ),
                )
            },
        )
    )
    # Reads replies from and sends booking e-mails through the charity mailbox.
    mail_tool = tm.add(tg.Tool("Landowner e-mail tool", capabilities={"read", "send-messages"}))
    # Reads and writes landowners, bookings, trap sites and counts.
    records_tool = tm.add(tg.Tool("Field records tool", capabilities={"read", "write"}))
    # Fills the agency's return template from the season's records.
    return_tool = tm.add(tg.Tool("Licence return drafting tool", capabilities={"write"}))
    # Receives the field app's sync uploads.
    sync_api = tm.add(
        tg.Endpoint(
            "Field sync API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual vaccinator accounts, e-mail and password")
            },
        )
    )
    # The charity's system of record for the vaccination programme.
    records_db = tm.add(
        tg.DataStore(
            "Field records database",
            stores={landowner_contacts, bookings, trap_sites, vaccination_records},
            controls={c.EncryptionAtRest(key_management="Azure platform-managed keys")},
        )
    )
    # SharePoint library holding the drafted licence returns.
    returns_store = tm.add(tg.DataStore("Licence returns library", stores={licence_return}))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The charity's hosted mailbox the booking e-mails go through.
    mail = tm.add(tg.ExternalService("Charity mailbox (Exchange Online)"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the e-mails, reads replies and drafts the return.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("Government agency", trust=tg.Trust.PARTNER):
    # The licensing agency's online portal where returns are uploaded.
    agency = tm.add(tg.ExternalService("Wildlife licensing portal"))

# ---------------------------------------------------------------- flows
tm.flow(coordinator, console, coordinator_request, protocol="https")
tm.flow(console, coordinator, agent_reply, licence_return, protocol="https")
tm.flow(console, agent, coordinator_request)
tm.flow(agent, console, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, mail_tool, tool_calls)
tm.flow(mail_tool, agent, tool_results)
tm.flow(mail_tool, mail, landowner_emails, protocol="https", label="Graph API")
tm.flow(mail, mail_tool, landowner_emails, protocol="https", label="Graph API")
tm.flow(mail, landowner, landowner_emails, protocol="smtp")
tm.flow(landowner, mail, landowner_emails, protocol="smtp")

tm.flow(agent, records_tool, tool_calls)
tm.flow(records_tool, agent, tool_results)
tm.flow(records_tool, records_db, bookings, landowner_contacts)
tm.flow(records_db, records_tool, landowner_contacts, bookings, trap_sites, vaccination_records)

tm.flow(vaccinator, field_app, trap_sites, vaccination_records, label="entered on the phone")
tm.flow(records_db, sync_api, bookings, trap_sites)
tm.flow(sync_api, field_app, bookings, trap_sites, protocol="https", label="sync to the phone")
tm.flow(field_app, sync_api, trap_sites, vaccination_records, protocol="https")
tm.flow(sync_api, records_db, trap_sites, vaccination_records)

tm.flow(agent, return_tool, tool_calls, licence_return)
tm.flow(return_tool, returns_store, licence_return)
tm.flow(return_tool, agent, tool_results)
tm.flow(returns_store, console, licence_return)
tm.flow(coordinator, agency, licence_return, protocol="https", label="uploads the checked return")
