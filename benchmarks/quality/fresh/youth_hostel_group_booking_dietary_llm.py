"""Group booking assistant for a youth hostel association: the first design.

School teachers, scout leaders and other group organisers book stays through the
association's booking portal. A chat assistant, built on a hosted LLM in the
provider's EU region, walks the group leader through the booking: dates, hostel,
numbers, and for each participant their dietary needs, allergies and medical notes.
The bookings and participant notes are kept in the association's booking database.
From the booking and the hostel's room and menu catalogue the assistant drafts a
kitchen plan (meals, allergen-free portions per child) and a room plan for the
hostel's warden, who reviews and approves both in the warden console before the
kitchen plan is printed for the cook. Confirmations go to the leader by e-mail.
The services run in the association's cloud tenancy. Leaders sign in with e-mail
and password; wardens sign in through the association's SSO with MFA and see only
their own hostel's bookings. The database is encrypted at rest, and the LLM provider
was vetted and signed a data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth hostel group booking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant that takes school and group bookings, with children's "
    "dietary and medical notes, and drafts kitchen and room plans for wardens.",
)

# ---------------------------------------------------------------- data assets
leader_message = tg.Data(
    "Group leader chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the leader types: dates, group make-up, questions about the hostel.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Group booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Group name, school, dates, hostel, numbers, leader name and phone.",
)
participant_notes = tg.Data(
    "Participant dietary and medical notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per child: name, age, sex, allergies, diet, medication and medical notes.",
)
hostel_catalogue = tg.Data(
    "Hostel rooms and menus",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Room layouts and bed counts, menu cycles and the kitchen allergen matrix.",
)
llm_prompt = tg.Data(
    "Prompt with booking context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation, the booking and participant notes, "
    "and the hostel's rooms and menus.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft_plans = tg.Data(
    "Draft kitchen and room plans",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved_plans = tg.Data(
    "Approved kitchen and room plans",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
printed_kitchen_plan = tg.Data(
    "Printed kitchen plan", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Teachers and group organisers, booking from school or home.
    leader = tm.add(tg.Actor("Group leader", role="teacher or group organiser"))

with tm.boundary("LLM provider EU region", trust=tg.Trust.PARTNER):
    # The hosted language model that holds the conversation and drafts the plans.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the provider's API.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; EU data residency; inputs not used for training"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations to group leaders.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Association cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web front end where leaders sign in, fill the booking form and chat.
    portal = tm.add(
        tg.Endpoint(
            "Group booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="booking form fields checked for type and length"),
            },
        )
    )
    # Orchestrates the conversation: reads booking and hostel data, calls the LLM,
    # writes bookings and draft plans.
    assistant = tm.add(
        tg.Service(
            "Booking assistant service",
            description="Builds prompts from the conversation, the booking and the hostel "
            "catalogue, calls the LLM and saves the booking and the drafted plans.",
            controls={
                c.HumanInTheLoop(
                    approver="the hostel warden",
                    note="draft plans are not used until the warden approves them",
                )
            },
        )
    )
    # Internal screen where wardens review, correct and approve the drafted plans.
    warden_console = tm.add(
        tg.Endpoint(
            "Warden console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="association Microsoft 365 SSO with MFA"),
                c.RBAC(note="wardens see only the bookings of their own hostel"),
            },
        )
    )
    # Keeps every conversation for the bookings team to look back on.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Booking data tier", trust=tg.Trust.RESTRICTED):
        # System of record for group bookings and the participant notes.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={booking_request, participant_notes},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Drafted and approved plans, per booking.
        plan_store = tm.add(tg.DataStore("Plan store", stores={draft_plans, approved_plans}))
        # Each hostel's rooms, beds, menus and allergen matrix.
        catalogue = tm.add(tg.DataStore("Hostel catalogue", stores={hostel_catalogue}))

with tm.boundary("Association office", trust=tg.Trust.INTERNAL):
    # Central bookings team: keeps the hostel catalogue up to date.
    bookings_team = tm.add(tg.Actor("Central bookings team", role="bookings staff"))

with tm.boundary("Hostel", trust=tg.Trust.INTERNAL):
    # Runs the hostel; approves the plans before the group arrives.
    warden = tm.add(tg.Actor("Hostel warden", role="warden"))
    # Cooks the group's meals from the printed kitchen plan.
    cook = tm.add(tg.Actor("Hostel cook", role="kitchen staff"))

# ---------------------------------------------------------------- flows
tm.flow(leader, portal, leader_message, booking_request, participant_notes, protocol="https")
tm.flow(portal, leader, assistant_reply, protocol="https")
tm.flow(portal, assistant, leader_message, booking_request, participant_notes)
tm.flow(assistant, portal, assistant_reply)

tm.flow(assistant, booking_db, booking_request, participant_notes, label="save booking")
tm.flow(booking_db, assistant, booking_request, participant_notes, label="load booking")
tm.flow(catalogue, assistant, hostel_catalogue)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, plan_store, draft_plans)
tm.flow(assistant, transcript_store, transcripts)
tm.flow(assistant, mailer, confirmation, protocol="https")
tm.flow(mailer, leader, confirmation, protocol="smtp")

tm.flow(plan_store, warden_console, draft_plans, approved_plans)
tm.flow(warden_console, plan_store, approved_plans, label="warden approves")
tm.flow(warden_console, warden, draft_plans, approved_plans, protocol="https")
tm.flow(warden, warden_console, approved_plans, protocol="https", label="edits and approval")
tm.flow(warden, cook, printed_kitchen_plan, label="printed and handed to the kitchen")

tm.flow(bookings_team, catalogue, hostel_catalogue, protocol="https", label="catalogue updates")
