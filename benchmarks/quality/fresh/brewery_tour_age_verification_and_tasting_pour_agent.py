"""Craft brewery tour booking, age verification and tasting pour agent (first design).

An Oregon craft brewery runs guided tours that end in a tasting flight. Guests
book tours by chatting with an agent on the brewery's website; the agent books a
slot and a confirmation e-mail goes out. At arrival the tour guide photographs
each guest's driver's licence with a brewery-issued handheld; the same agent,
using a multimodal hosted LLM, reads the date of birth and expiry and records
the guest as age-verified once the guide confirms the photo matches the person.
During the tasting the guide tells the agent on the handheld which pour each
guest got, and a pour tool keeps each guest's tally against the four-taster limit.
ID photos are kept 30 days for liquor licence inspections. The taproom manager
reviews check-ins and pour tallies on a dashboard. Everything but the LLM and the
e-mail provider runs in the brewery's cloud account; links use TLS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Brewery tour age verification and tasting pour agent",
    profile=tg.RiskProfile.HIGH,
    description="Tour booking chat, ID-based age checks at arrival and per-guest tasting "
    "pour tracking on staff handhelds, all through one LLM agent.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Guest chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
staff_request = tg.Data(
    "Staff request message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the guide types or says on the handheld: check-ins and pours.",
)
id_scan = tg.Data(
    "Driver's licence photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Front of the guest's ID: name, photo, date of birth, address, expiry.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, tool results and any ID photo.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
bookings = tg.Data(
    "Tour bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Lead guest name, e-mail, phone, tour slot and party size.",
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
confirmation = tg.Data(
    "Booking confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
age_status = tg.Data(
    "Age verification status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Guest name, date of birth read from the ID, verified yes/no, guide and time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
age_call = tg.Data("Age check tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
age_result = tg.Data("Age check tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
pour_call = tg.Data("Pour log tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
pour_tally = tg.Data(
    "Pour tallies",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Each guest's pours: beer, size, time, guide.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pour_result = tg.Data("Pour log tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
reports = tg.Data("Check-in and pour reports", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat on the website and book a tour.
    guest = tm.add(tg.Actor("Guest", role="tour guest"))

with tm.boundary("Brewery floor", trust=tg.Trust.INTERNAL):
    # Tour guides check guests in and pour the tasting flights.
    guide = tm.add(tg.Actor("Tour guide", role="tour guide"))
    # Runs the taproom and answers to the liquor control commission.
    manager = tm.add(tg.Actor("Taproom manager", role="taproom manager", privileged=True))
    # Brewery-issued phones in rugged cases: camera for ID photos and the staff chat app.
    handheld = tm.add(
        tg.Device(
            "Staff handheld",
            fleet=True,
            description="Enrolled in the brewery's MDM; runs the staff chat app.",
        )
    )

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # Backend of the website's booking chat widget.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=20)},
        )
    )
    # The API the handhelds' staff app calls.
    staff_api = tm.add(
        tg.Endpoint(
            "Staff app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="individual staff PIN on an MDM-enrolled brewery handheld"
                )
            },
        )
    )
    # One LLM agent serves both guests (booking) and guides (check-in and pours).
    agent = tm.add(
        tg.Agent(
            "Brewery tour agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books tours for guests; on the handheld, reads ID photos and logs "
            "pours for the guide.",
            controls={tg.controls.AuditLogging(note="conversations and tool calls logged")},
        )
    )
    # Finds free tour slots, creates bookings and sends the confirmation e-mail.
    booking_tool = tm.add(
        tg.Tool("Tour booking tool", capabilities={"read", "write", "send-messages"})
    )
    # Saves the guest's age-verified status and their ID photo.
    age_tool = tm.add(
        tg.Tool(
            "Age verification recording tool",
            capabilities={"write"},
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the tour guide, who confirms on the handheld that the photo "
                    "matches the guest before the status is saved"
                )
            },
        )
    )
    # Logs each pour against the guest's tally.
    pour_tool = tm.add(
        tg.Tool(
            "Pour logging tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.PolicyEnforcement(
                    rules="pour tool refuses a pour for a guest without a verified age status "
                    "or past four tasters"
                )
            },
        )
    )
    # Bookings, age verification statuses and pour tallies.
    guest_db = tm.add(
        tg.DataStore(
            "Tour and tasting database",
            stores={bookings, age_status, pour_tally},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # ID photos kept for liquor licence inspections.
    id_archive = tm.add(
        tg.DataStore(
            "ID photo archive",
            stores={id_scan},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.RetentionLimits(days=30),
            },
        )
    )
    # The manager's view of check-ins, pour tallies and ID photos.
    dashboard = tm.add(
        tg.Service(
            "Manager dashboard",
            internet_facing=True,
            controls={tg.controls.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model that reads chat and ID photos.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations.
    email = tm.add(tg.ExternalService("Transactional e-mail provider"))

# ---------------------------------------------------------------- flows
tm.flow(guest, chat, chat_message, protocol="https")
tm.flow(chat, guest, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

tm.flow(guide, handheld, staff_request, id_scan, label="in person, camera and touchscreen")
tm.flow(handheld, guide, agent_reply, label="on the touchscreen")
tm.flow(handheld, staff_api, staff_request, id_scan, protocol="https")
tm.flow(staff_api, handheld, agent_reply, protocol="https")
tm.flow(staff_api, agent, staff_request, id_scan)
tm.flow(agent, staff_api, agent_reply)

tm.flow(agent, llm, llm_prompt, id_scan, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, guest_db, bookings, label="create booking")
tm.flow(guest_db, booking_tool, bookings, label="slot availability and booking lookup")
tm.flow(booking_tool, email, confirmation, protocol="https")
tm.flow(email, guest, confirmation, protocol="smtp")

tm.flow(agent, age_tool, age_call, id_scan)
tm.flow(age_tool, agent, age_result)
tm.flow(age_tool, guest_db, age_status)
tm.flow(age_tool, id_archive, id_scan)

tm.flow(agent, pour_tool, pour_call)
tm.flow(guest_db, pour_tool, age_status, pour_tally, label="guest status and tally")
tm.flow(pour_tool, guest_db, pour_tally)
tm.flow(pour_tool, agent, pour_result)

tm.flow(guest_db, dashboard, bookings, age_status, pour_tally)
tm.flow(id_archive, dashboard, id_scan)
tm.flow(dashboard, manager, reports, id_scan, protocol="https")
tm.flow(manager, dashboard, reports, protocol="https", label="report filters and exports")
