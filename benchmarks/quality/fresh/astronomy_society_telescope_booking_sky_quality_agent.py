"""Astronomy society telescope booking and sky-quality agent: the first design.

Members sign in to the society's booking website with e-mail and password and ask
in plain words for time on the robotic telescope at the remote dark-sky site. An
LLM agent on the society's cloud server, using a hosted model, books the slot in
the booking database under the fair-share rules in its prompt, and at night plans
imaging runs from the sky-quality meter, the weather station and a commercial
cloud forecast. When conditions turn it tells the observatory control PC (reached
over the site's WireGuard VPN) to abort, park and close the roll-off roof; the
roof controller also closes on its own wired rain sensor. Raw frames go nightly
to an image archive members download from; the observing officer manages
accounts and booking rules on the same website.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Astronomy society telescope booking and sky-quality agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Members book the society's remote robotic telescope through an LLM agent that "
        "also runs the night's imaging plan and closes the roof when the sky turns."
    ),
)

# ---------------------------------------------------------------- data assets
member_accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, membership numbers and password hashes.",
)
booking_request = tg.Data(
    "Booking request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A member's free-text request: targets, filters, nights, and their name.",
)
booking_reply = tg.Data("Booking confirmation", kind="model-output", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Telescope bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Slots per member with targets and exposure plans.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
booking_rules = tg.Data(
    "Booking rules and member approvals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fair-share limits and which members are cleared for the robotic telescope.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the booking rules, the member's request, tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
cloud_forecast = tg.Data("Cloud cover forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
sky_quality = tg.Data(
    "Sky quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sky brightness in mag/arcsec^2 every minute.",
)
weather = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rain, humidity, wind speed and sky-minus-ambient temperature.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
imaging_plan = tg.Data(
    "Imaging run plan",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Target, filters, exposures and start time for the next run.",
)
roof_command = tg.Data(
    "Roof and mount command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Open roof, close roof, park mount, abort run.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
observatory_status = tg.Data(
    "Observatory status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current readings, roof state, run progress as returned to the agent.",
)
roof_state = tg.Data("Roof state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
raw_frames = tg.Data(
    "Raw image frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="FITS frames tagged with the member's booking.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any society member, from home; membership is open to anyone who pays the fee.
    member = tm.add(tg.Actor("Society member", role="member"))
    # Commercial astronomy weather service the agent polls for cloud forecasts.
    forecast_api = tm.add(
        tg.ExternalService(
            "Cloud forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hourly cloud, seeing and transparency forecast for the site.",
        )
    )

with tm.boundary("Society committee laptops", trust=tg.Trust.INTERNAL):
    # Volunteer officer who approves members for remote use and sets booking rules.
    officer = tm.add(tg.Actor("Observing officer", role="administrator", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with; hosted by a vendor behind an API key.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Society cloud server", trust=tg.Trust.INTERNAL):
    # The only public entry point: members and the officer sign in here.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            description="Chat page for bookings, account page, image downloads, admin pages.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The agent that turns requests into bookings and runs the night unattended.
    agent = tm.add(
        tg.Agent(
            "Observatory scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description=(
                "Books slots under the fair-share rules in its system prompt; every ten "
                "minutes at night re-plans the runs from the readings and the forecast "
                "and closes the roof when cloud, humidity or rain cross its limits."
            ),
        )
    )
    # Reads and writes slots for the agent.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            description="Lists free slots, creates, moves and cancels bookings by member name.",
        )
    )
    # The agent's only way to the observatory: a narrow command set, no raw device access.
    observatory_tool = tm.add(
        tg.Tool(
            "Observatory control tool",
            capabilities={"read", "write"},
            description="Reads conditions and roof state; submits a run, aborts, parks, opens or closes the roof.",
            controls={
                c.LeastPrivilegeTools(
                    note="exposes only run, abort, park and roof commands, not device drivers"
                )
            },
        )
    )
    # Managed PostgreSQL on the same host holding accounts, bookings and rules.
    booking_db = tm.add(
        tg.DataStore("Booking database", stores={member_accounts, bookings, booking_rules})
    )
    # Object storage of members' raw frames.
    image_archive = tm.add(tg.DataStore("Image archive", stores={raw_frames}))

with tm.boundary("Remote observatory site", trust=tg.Trust.INTERNAL):
    # Windows PC running the observatory automation software and device drivers.
    control_pc = tm.add(
        tg.Service(
            "Observatory control PC",
            description="Runs the imaging sequencer and the ASCOM Alpaca server for mount, camera and roof.",
        )
    )
    # Moves the roll-off roof; its vendor rain sensor is wired straight to it.
    roof = tm.add(
        tg.Device(
            "Roll-off roof controller",
            fleet=False,
            controls={
                c.SafetyLimits(limits="closes on its wired rain sensor whatever the PC sends")
            },
        )
    )
    # Unihedron-style sky-quality meter on the roof.
    sqm = tm.add(tg.Device("Sky quality meter", fleet=False))
    # Weather station with rain, humidity, wind and cloud (IR) sensors.
    station = tm.add(tg.Device("Weather station", fleet=False))
    # Robotic mount, CCD camera and filter wheel.
    telescope = tm.add(tg.Device("Telescope mount and camera", fleet=False))

# ---------------------------------------------------------------- flows
# Booking conversation
tm.flow(member, website, booking_request, protocol="https")
tm.flow(website, agent, booking_request)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, booking_rules)
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, website, booking_reply)
tm.flow(website, member, booking_reply, protocol="https")

# Accounts, rules and the member's own pages
tm.flow(website, booking_db, member_accounts, label="sign-in and account updates")
tm.flow(booking_db, website, member_accounts, bookings, label="account page")
tm.flow(officer, website, booking_rules, member_accounts, protocol="https")
tm.flow(website, booking_db, booking_rules, label="admin changes")

# Night operations
tm.flow(forecast_api, agent, cloud_forecast, protocol="https")
tm.flow(agent, observatory_tool, imaging_plan, roof_command)
tm.flow(
    observatory_tool,
    control_pc,
    imaging_plan,
    roof_command,
    protocol="http",
    label="Alpaca REST calls over the site WireGuard VPN",
)
tm.flow(
    control_pc,
    observatory_tool,
    sky_quality,
    weather,
    roof_state,
    protocol="http",
    label="Alpaca REST replies over the site WireGuard VPN",
)
tm.flow(observatory_tool, agent, observatory_status)
tm.flow(sqm, control_pc, sky_quality, protocol="usb")
tm.flow(station, control_pc, weather, protocol="usb")
tm.flow(control_pc, roof, roof_command, protocol="usb")
tm.flow(roof, control_pc, roof_state, protocol="usb")
tm.flow(control_pc, telescope, imaging_plan, protocol="usb")
tm.flow(telescope, control_pc, raw_frames, protocol="usb")

# Images back to members
tm.flow(control_pc, image_archive, raw_frames, protocol="sftp", label="nightly upload")
tm.flow(image_archive, website, raw_frames)
tm.flow(website, member, raw_frames, protocol="https", label="image download")
