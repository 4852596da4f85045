"""Dog daycare webcams and booking assistant: the first design, before any security review.

A dog daycare with three sites in the UK gives owners a phone app. In the app owners
watch live webcams of the play rooms while their dog is booked in, upload vaccination
certificates, and chat with a booking assistant: an LLM agent (a vendor-hosted model)
that answers questions from the daycare's policy and price documents and books or
cancels daycare days through a booking tool, then texts a confirmation through an SMS
provider. Bookings within capacity are confirmed without staff involvement. Cameras
on the site networks push their streams to a cloud video relay, which serves them to
the app through short-lived signed URLs and to the staff dashboard. Staff check
certificates, manage bookings and edit the policy documents in the dashboard.
Controls so far: owner sign-in and rate limits on the app API, a step limit on the
agent, a booking tool that can only create or cancel bookings, HTTPS to the cloud,
encrypted database storage and staff accounts on the dashboard.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog daycare webcams and booking assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Owner app with live play-room webcams and an LLM agent that books daycare days.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Owner chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, retrieved policies and the owner's dogs and bookings.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policies = tg.Data(
    "Policies and prices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Opening hours, prices, vaccination and temperament rules.",
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
owner_records = tg.Data(
    "Owner, dog and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Names, phone numbers, addresses, dog profiles, vaccination status and bookings.",
)
certificates = tg.Data("Vaccination certificates", kind="documents", sensitivity=tg.Sensitivity.PII)
sms_text = tg.Data("Booking confirmation text", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
video = tg.Data(
    "Play room video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the play rooms; staff and owners at drop-off are in view.",
)
stream_url = tg.Data(
    "Signed stream URL",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Time-limited URL for one site's streams, issued for the day the dog is booked.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers; anyone can download the app and create an account.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))
    # The owners' phones running our app: chat, uploads and webcam player.
    app = tm.add(tg.Device("Owner phone app", fleet=True))

with tm.boundary("Daycare site network", trust=tg.Trust.INTERNAL):
    # Consumer IP cameras in each play room, on the sites' broadband routers.
    cameras = tm.add(tg.Device("Play room cameras", fleet=True))
    # Front-desk and floor staff.
    staff = tm.add(tg.Actor("Daycare staff", role="staff"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # The backend the app talks to: accounts, uploads, chat and stream access.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Plans each reply: answers from the policies or calls the booking and SMS tools.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Confirms bookings within capacity without staff approval.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Looks up availability, the owner's dogs and bookings; creates and cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(
                    note="create and cancel bookings only; no deletes or price changes"
                )
            },
        )
    )
    # Sends the booking confirmation text to the owner's phone number.
    sms_tool = tm.add(tg.Tool("Confirmation text tool", capabilities={"send-messages"}))
    # Owners, dogs, bookings and uploaded vaccination certificates.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={owner_records, certificates},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Policy and price documents the assistant retrieves from.
    policy_index = tm.add(tg.VectorStore("Policy document index", stores={policies}))
    # Every conversation, kept for staff to check what the assistant said.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Takes the camera streams in and serves them to the app and the dashboard.
    video_relay = tm.add(tg.Service("Video relay"))
    # Staff web app for bookings, certificate checks, policy edits and camera view.
    dashboard = tm.add(
        tg.Service(
            "Staff dashboard",
            controls={c.Authentication(method="individual staff accounts, e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with tool calling, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the confirmation texts.
    sms_provider = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# owner and app
tm.flow(owner, app, chat_message, certificates, protocol="local")
tm.flow(app, owner, reply, video, protocol="local")
tm.flow(app, app_api, chat_message, certificates, protocol="https")
tm.flow(app_api, app, reply, stream_url, protocol="https")
tm.flow(app_api, booking_db, certificates, owner_records, label="uploads and account")
tm.flow(booking_db, app_api, owner_records, label="booked days for stream access")

# booking assistant
tm.flow(app_api, assistant, chat_message)
tm.flow(assistant, app_api, reply)
tm.flow(assistant, policy_index, chat_message, label="similarity query")
tm.flow(policy_index, assistant, policies, label="retrieved policies")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, assistant, booking_result)
tm.flow(booking_tool, booking_db, owner_records, label="create or cancel booking")
tm.flow(booking_db, booking_tool, owner_records, label="availability, dogs and bookings")
tm.flow(assistant, sms_tool, sms_text)
tm.flow(sms_tool, sms_provider, sms_text, protocol="https")
tm.flow(sms_provider, owner, sms_text, label="text message")
tm.flow(assistant, transcript_store, transcripts)

# webcams
tm.flow(cameras, video_relay, video, protocol="rtsp")
tm.flow(video_relay, app, video, protocol="https", label="HLS with signed URL")
tm.flow(video_relay, dashboard, video)

# staff
tm.flow(staff, dashboard, owner_records, policies, protocol="https")
tm.flow(dashboard, staff, owner_records, certificates, video, protocol="https")
tm.flow(dashboard, booking_db, owner_records, label="bookings and certificate checks")
tm.flow(booking_db, dashboard, owner_records, certificates)
tm.flow(dashboard, policy_index, policies, label="policy edits re-indexed")
tm.flow(transcript_store, dashboard, transcripts)
