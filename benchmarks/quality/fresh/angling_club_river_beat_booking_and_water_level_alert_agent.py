"""Angling club river beat booking and water level alert agent: the first design.

Club members book day tickets on the river beats through the club app, which
talks to a small booking API and database the club rents in a cloud account.
Every fifteen minutes a flood watch agent reads the Environment Agency's public
river level readings for the club's gauging stations and the latest still from
a 4G bankside camera at the top beat, asks a hosted LLM whether the river is in
flood, and, if it is, closes the affected beats and texts every member who has
booked them through an SMS gateway. Bailiffs walk the banks with the club app on
their own phones: they check members' permits and log catch returns.
Members and bailiffs sign in with e-mail and password; the app and APIs use
HTTPS; the SMS gateway key is kept in the cloud secrets manager and the
database is encrypted at rest by the provider. The agent acts on its own, with
no one approving closures, and caps each run at a few tool calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Angling club beat booking and flood alert agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="River beat bookings, permit checks and catch returns for a UK angling "
    "club, with an agent that closes flooded beats and texts the members booked on them.",
)

# ---------------------------------------------------------------- data assets
member_account = tg.Data(
    "Member account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, mobile number, membership number and permit type.",
)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
booking_request = tg.Data("Beat booking request", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Beat bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
beat_status = tg.Data(
    "Beat availability and closures", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
river_levels = tg.Data(
    "River level readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="15-minute stage readings from the Environment Agency flood monitoring API.",
)
camera_still = tg.Data(
    "Bankside camera still",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A JPEG of the water against the depth board; anglers may be in shot.",
)
flood_prompt = tg.Data(
    "Flood assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the latest readings and the camera still.",
)
flood_assessment = tg.Data(
    "Flood assessment", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
closure_call = tg.Data("Beat closure call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
affected_bookings = tg.Data(
    "Affected bookings",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Member names and mobile numbers of those booked on the closed beats.",
)
alert_call = tg.Data("Flood alert text request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
alert_sms = tg.Data("Flood alert text message", kind="records", sensitivity=tg.Sensitivity.PII)
permit_check = tg.Data("Permit check query", kind="records", sensitivity=tg.Sensitivity.PII)
permit_status = tg.Data("Permit status", kind="records", sensitivity=tg.Sensitivity.PII)
catch_returns = tg.Data(
    "Catch returns",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Species, weight, beat and date, with the member's number.",
)
sms_key = tg.Data("SMS gateway API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members booking beats on their own phones.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Volunteer bailiffs checking permits and recording catches on the bank.
    bailiff = tm.add(tg.Actor("Bailiff", role="volunteer bailiff"))
    # The club app on a bailiff's own phone, used out on the river.
    bailiff_phone = tm.add(
        tg.Device(
            "Bailiff phone app", fleet=True, description="The club app on a bailiff's own phone."
        )
    )
    # The public flood monitoring API the agent polls for the club's gauges.
    ea_feed = tm.add(
        tg.ExternalService(
            "Environment Agency river level feed",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public flood monitoring API, no key needed.",
        )
    )

with tm.boundary("Riverbank", trust=tg.Trust.UNTRUSTED):
    # A solar 4G camera on a post at the top beat, looking at the depth board.
    camera = tm.add(
        tg.Device(
            "Bankside camera",
            fleet=False,
            description="Uploads a still every 15 minutes over its 4G SIM.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted multimodal model that judges flood from readings and the still.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers text messages to members' mobiles.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The API behind the club app: bookings, permits and catch returns.
    app_api = tm.add(
        tg.Endpoint(
            "Club app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # One database for members, bookings, beat status and catch returns.
    booking_db = tm.add(
        tg.DataStore(
            "Club booking database",
            stores={member_account, sign_in, bookings, beat_status, catch_returns},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The scheduled LLM agent that decides on closures and sends the alerts.
    agent = tm.add(
        tg.Agent(
            "Flood watch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes; closes beats and texts members itself.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Marks beats closed for the day and returns the bookings it affects.
    closure_tool = tm.add(
        tg.Tool(
            "Beat closure tool",
            capabilities={"read", "write"},
            description="Sets a beat closed for a date and lists the bookings on it.",
        )
    )
    # Sends the flood alert text to each affected member through the gateway.
    sms_tool = tm.add(
        tg.Tool(
            "Flood alert SMS tool",
            capabilities={"send-messages"},
            controls={c.SecretsManagement(note="gateway key in the cloud secrets manager")},
        )
    )
    # Where the gateway key lives.
    secrets = tm.add(tg.DataStore("Cloud secrets manager", stores={sms_key}))

# ---------------------------------------------------------------- flows
# Members book beats and see closures.
tm.flow(member, app_api, sign_in, booking_request, protocol="https")
tm.flow(app_api, member, beat_status, bookings, protocol="https")
tm.flow(app_api, booking_db, bookings, label="write booking")
tm.flow(booking_db, app_api, member_account, bookings, beat_status, label="read")

# Bailiffs check permits and log catches on the bank.
tm.flow(bailiff, bailiff_phone, permit_check, catch_returns, label="typed on the phone")
tm.flow(bailiff_phone, app_api, sign_in, permit_check, catch_returns, protocol="https")
tm.flow(app_api, bailiff_phone, permit_status, protocol="https")
tm.flow(bailiff_phone, bailiff, permit_status, label="shown on screen")
tm.flow(app_api, booking_db, catch_returns, label="record catch return")

# The agent's inputs.
tm.flow(agent, ea_feed, label="poll gauging stations", protocol="https")
tm.flow(ea_feed, agent, river_levels, protocol="https")
tm.flow(camera, agent, camera_still, protocol="ftp", label="still upload")

# The agent asks the hosted model.
tm.flow(agent, llm, flood_prompt, protocol="https")
tm.flow(llm, agent, flood_assessment, protocol="https")

# Closing beats.
tm.flow(agent, closure_tool, closure_call)
tm.flow(closure_tool, booking_db, beat_status, label="mark beat closed")
tm.flow(booking_db, closure_tool, bookings, label="bookings on the beat")
tm.flow(closure_tool, agent, affected_bookings)

# Texting members.
tm.flow(agent, sms_tool, alert_call)
tm.flow(secrets, sms_tool, sms_key)
tm.flow(sms_tool, sms_gateway, alert_sms, sms_key, protocol="https")
tm.flow(sms_gateway, member, alert_sms, protocol="sms")
