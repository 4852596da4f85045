"""Model rocketry club launch-day range safety agent: the first design.

A US model and high-power rocketry club holds monthly launches on a leased farm
field. Flyers (members and visitors) fill in a flight card on their phone by
scanning a QR code at the field: name, NAR or Tripoli number, certification
level, rocket and motor. An LLM agent running on a small cloud VM checks each
card: it looks up the flyer's certification level in the club roster and judges
whether it covers the motor's impulse class, and it reads the field anemometer
(via a Raspberry Pi gateway on LTE) to judge when winds are too high to fly.
It texts the range safety officer (RSO) its card verdicts and its advice to open
or close the range; the RSO makes every call, recorded on an unlisted page of the
web app, and the launch control officer still arms and fires pads by hand. The club secretary keeps the roster from the
national organisations' member lists. Controls: HTTPS links, a password on the
roster admin page, the RSO's approval of range calls, and an agent step limit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Model rocketry club launch range safety agent",
    profile=tg.RiskProfile.HIGH,
    description="Checks flight cards against certification levels and advises the RSO on wind and range status.",
)

# ---------------------------------------------------------------- data assets
flight_card = tg.Data(
    "Flight card",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flyer name, NAR/Tripoli number, claimed certification level, rocket and motor.",
)
roster = tg.Data(
    "Flyer certification records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Member names, NAR/Tripoli numbers, certification levels and expiry dates.",
)
member_lists = tg.Data(
    "National organisation member lists", kind="documents", sensitivity=tg.Sensitivity.PII
)
wind_readings = tg.Data(
    "Wind speed and gust readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
agent_prompt = tg.Data("Agent prompt and context", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data(
    "Agent reasoning and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
cert_query = tg.Data("Certification lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
cert_result = tg.Data(
    "Certification level result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
range_advice = tg.Data(
    "Range open/close advice and card verdicts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rso_text = tg.Data("RSO text message", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rso_decision = tg.Data("RSO range decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
launch_log = tg.Data("Launch day log", kind="logs", sensitivity=tg.Sensitivity.PII)
admin_sign_in = tg.Data(
    "Roster admin sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members and visiting flyers submit flight cards from their own phones.
    flyer = tm.add(tg.Actor("Flyer", role="flyer"))

with tm.boundary("Launch field", trust=tg.Trust.INTERNAL):
    # The volunteer who decides whether the range is open and signs off cards.
    rso = tm.add(tg.Actor("Range safety officer", role="RSO"))
    # Cup anemometer on a mast at the flight line.
    anemometer = tm.add(
        tg.Device("Field anemometer", fleet=False, description="Cup anemometer on a 3 m mast.")
    )
    # Raspberry Pi with an LTE modem that forwards readings to the cloud VM.
    gateway = tm.add(
        tg.Device(
            "Field LTE gateway",
            fleet=False,
            description="Raspberry Pi that reads the anemometer and posts readings every 10 s.",
        )
    )

with tm.boundary("Club officers", trust=tg.Trust.INTERNAL):
    # Keeps the roster current from the NAR and Tripoli member lists.
    secretary = tm.add(tg.Actor("Club secretary", role="secretary", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that powers the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the agent's messages to the RSO's phone.
    sms = tm.add(tg.ExternalService("SMS gateway service"))

with tm.boundary("Club cloud VM", trust=tg.Trust.INTERNAL):
    # Mobile web app: the flight card form behind the QR code (no sign-in for flyers)
    # and the RSO's page, reached by an unlisted link, for recording range decisions.
    card_form = tm.add(tg.Endpoint("Launch day web app", purpose=tg.EndpointPurpose.API))
    # The launch-day agent: checks cards, watches wind, advises the RSO.
    agent = tm.add(
        tg.Agent(
            "Launch day agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the range safety officer",
                    note="the RSO decides every range open/close and accepts or rejects each card",
                ),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Looks up a flyer's certification level in the roster by NAR/Tripoli number.
    cert_tool = tm.add(tg.Tool("Certification lookup tool", capabilities={"read"}))
    # Reads the latest wind readings and gusts over the last few minutes.
    wind_tool = tm.add(tg.Tool("Wind reading tool", capabilities={"read"}))
    # Sends the RSO a text with the agent's advice and card verdicts.
    notify_tool = tm.add(tg.Tool("RSO notification tool", capabilities={"send-messages"}))
    # Club roster of flyers and their certification levels, with a small admin page.
    roster_db = tm.add(
        tg.DataStore(
            "Flyer roster",
            stores={roster},
            controls={c.Authentication(method="shared admin password")},
        )
    )
    # Recent wind readings posted by the field gateway.
    wind_store = tm.add(tg.DataStore("Wind reading store", stores={wind_readings}))
    # Flight cards, verdicts, advice and RSO decisions for the club's records.
    log_store = tm.add(tg.DataStore("Launch log", stores={launch_log, flight_card}))

# ---------------------------------------------------------------- flows
# Flight cards
tm.flow(flyer, card_form, flight_card, protocol="https", label="QR code form")
tm.flow(card_form, log_store, flight_card)
tm.flow(card_form, agent, flight_card, label="new card")

# Agent reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

# Certification check
tm.flow(agent, cert_tool, cert_query)
tm.flow(roster_db, cert_tool, roster)
tm.flow(cert_tool, agent, cert_result)
tm.flow(secretary, roster_db, admin_sign_in, protocol="https", label="admin sign-in")
tm.flow(secretary, roster_db, member_lists, roster, protocol="https", label="roster update")

# Wind
tm.flow(anemometer, gateway, wind_readings, protocol="usb")
tm.flow(gateway, wind_store, wind_readings, protocol="https", label="readings over LTE")
tm.flow(wind_store, wind_tool, wind_readings)
tm.flow(wind_tool, agent, wind_readings)

# Advice to the RSO and the RSO's decisions
tm.flow(agent, notify_tool, range_advice)
tm.flow(notify_tool, sms, rso_text, protocol="https")
tm.flow(sms, rso, rso_text, protocol="sms")
tm.flow(
    rso, card_form, rso_decision, protocol="https", label="open/close range, accept or reject cards"
)
tm.flow(card_form, agent, rso_decision)
tm.flow(agent, log_store, launch_log, range_advice)
