"""Boatyard hull survey photo and quote agent: the first design, before any security review.

When a boat is lifted out, one of the yard's surveyors photographs the hull on a
yard-owned tablet and types notes (osmosis, blistering, anode wear, through-hulls,
gelcoat damage). The tablet app uploads them to a small web backend the yard runs
in its cloud tenancy. A drafting agent there looks up the vessel and owner in the
yard's hosted marina management system, reads the repair price list and asks a
hosted vision LLM to draft the survey findings and a repair quote.
The yard manager reads each draft in a review console, edits it and approves it;
only then does the agent e-mail the report and quote to the owner through the
yard's e-mail delivery service and book a provisional slipway slot for the work.
Surveyors and the manager sign in with their own accounts; traffic is HTTPS and the
survey store uses the cloud provider's default encryption. Owners are private
individuals in the UK, so their contact details fall under (UK) GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Boatyard hull survey photo and quote agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts hull survey findings and repair quotes from surveyors' photos and notes.",
)

# ---------------------------------------------------------------- data assets
hull_photos = tg.Data(
    "Hull photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos of the hull, keel, running gear and through-hulls taken out of the water.",
)
survey_notes = tg.Data(
    "Surveyor notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
vessel_query = tg.Data(
    "Vessel lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
owner_record = tg.Data(
    "Vessel and owner record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vessel name, berth, owner's name, e-mail address and phone number.",
)
repair_prices = tg.Data(
    "Repair prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Labour rates, materials and standard job times.",
)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the photos, the surveyor notes, the owner record and prices.",
)
llm_draft = tg.Data(
    "LLM draft findings and quote", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft_report = tg.Data(
    "Draft survey report and quote",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
manager_approval = tg.Data(
    "Manager approval and edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
price_updates = tg.Data(
    "Price list updates", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
owner_email = tg.Data(
    "Survey report and quote e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The approved report and quote as a PDF, addressed to the owner.",
)
booking_request = tg.Data(
    "Slipway booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_confirmation = tg.Data(
    "Slipway booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The boat owner receives the report and quote by e-mail.
    owner = tm.add(tg.Actor("Boat owner", role="customer"))

with tm.boundary("Boatyard site", trust=tg.Trust.INTERNAL):
    # Surveyors photograph and inspect each hull once the boat is on the hard.
    surveyor = tm.add(tg.Actor("Surveyor", role="yard surveyor"))
    # Yard-owned tablets running the survey app, used on the hard and in the sheds.
    tablet = tm.add(
        tg.Device(
            "Survey tablet",
            fleet=True,
            description="Yard-owned tablets with the survey app; connect over yard Wi-Fi or 4G.",
        )
    )
    # The yard manager signs off every report and quote before it reaches an owner.
    manager = tm.add(tg.Actor("Yard manager", role="yard manager", privileged=True))

with tm.boundary("Yard cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives photos and notes from the tablets.
    upload_api = tm.add(
        tg.Endpoint(
            "Survey upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="surveyor's own app login, e-mail and password")},
        )
    )
    # Keeps each survey job: photos, notes and the agent's drafts.
    survey_store = tm.add(
        tg.DataStore(
            "Survey job store",
            stores={hull_photos, survey_notes, draft_report},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # The yard's own price list the quotes are built from.
    price_list = tm.add(tg.DataStore("Repair price list", stores={repair_prices}))
    # Drafts the findings and quote, then sends and books once the manager approves.
    agent = tm.add(
        tg.Agent(
            "Survey drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Builds the drafting prompt, stores the draft, and on approval e-mails "
            "the owner and books a provisional slipway slot.",
            controls={
                c.HumanInTheLoop(
                    approver="yard manager",
                    note="each report and quote is approved in the review console before it "
                    "is e-mailed; the slipway slot is booked when the approved quote is sent",
                )
            },
        )
    )
    # Where the yard manager reads, edits and approves drafts, and keeps prices current.
    console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in")},
        )
    )
    # Looks up the vessel and owner in the marina management system.
    vessel_lookup = tm.add(
        tg.Tool("Vessel record lookup", capabilities={"read"}, origin="first-party")
    )
    # Books slipway slots in the marina management system's calendar.
    slipway_tool = tm.add(
        tg.Tool("Slipway booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Sends the approved report and quote to the owner's address on file.
    email_tool = tm.add(
        tg.Tool("Quote e-mail tool", capabilities={"send-messages"}, origin="first-party")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A multimodal model behind the vendor's API reads the photos and writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal chat model.",
        )
    )

with tm.boundary("Marina software vendor", trust=tg.Trust.PARTNER):
    # The yard's hosted marina management system: customers, vessels, berths, slipway calendar.
    marina_system = tm.add(
        tg.ExternalService(
            "Marina management system",
            provides=tg.ExternalCategory.GENERIC,
            description="SaaS the yard already uses for berths, customers and the slipway.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers mail from the yard's domain.
    email_service = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
# Survey capture
tm.flow(surveyor, tablet, hull_photos, survey_notes, label="photographs the hull, types notes")
tm.flow(tablet, upload_api, hull_photos, survey_notes, protocol="https")
tm.flow(upload_api, survey_store, hull_photos, survey_notes)

# Drafting
tm.flow(survey_store, agent, hull_photos, survey_notes, label="new survey job")
tm.flow(agent, vessel_lookup, vessel_query)
tm.flow(vessel_lookup, marina_system, vessel_query, protocol="https")
tm.flow(marina_system, vessel_lookup, owner_record, protocol="https")
tm.flow(vessel_lookup, agent, owner_record)
tm.flow(price_list, agent, repair_prices)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_draft, protocol="https")
tm.flow(agent, survey_store, draft_report)

# Review and approval
tm.flow(survey_store, console, hull_photos, survey_notes, draft_report)
tm.flow(console, manager, hull_photos, survey_notes, draft_report, protocol="https")
tm.flow(manager, console, manager_approval, price_updates, protocol="https")
tm.flow(console, survey_store, manager_approval, label="edited draft and approval")
tm.flow(console, agent, manager_approval, label="approved draft")
tm.flow(console, price_list, price_updates)

# Sending and booking
tm.flow(agent, email_tool, owner_email)
tm.flow(email_tool, email_service, owner_email, protocol="https")
tm.flow(email_service, owner, owner_email, protocol="smtp")
tm.flow(agent, slipway_tool, booking_request)
tm.flow(slipway_tool, marina_system, booking_request, protocol="https")
tm.flow(marina_system, slipway_tool, booking_confirmation, protocol="https")
tm.flow(slipway_tool, agent, booking_confirmation)
