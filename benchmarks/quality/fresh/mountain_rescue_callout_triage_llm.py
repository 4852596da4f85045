"""Mountain rescue call-out triage: the first design, before any security review.

A volunteer mountain rescue team is called out by the police control room, whose
incident system posts each call-out to our intake API, and by walkers who send
emergency text messages, which an SMS gateway forwards to the same API by webhook.
A triage service, hosted in the team's cloud tenant, texts the walker a location
link whose web page reports the phone's GPS fix, then sends the call-out, the
messages, the phone location, the relevant gazetteer entries and the team roster
to a hosted LLM. The LLM summarises the incident, estimates where the casualty is
and suggests which members and kit to page. The on-call team leader sees the
proposal in a web console on their phone, edits it and confirms it; only then
does the triage service ask the commercial paging service to page the members,
whose replies come back by webhook. The police call-out carries a shared API key,
the console signs leaders in with the team's Google Workspace accounts, and the
incident store is encrypted at rest; everything travels over HTTPS or SMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mountain rescue call-out triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-assisted triage of police and emergency-SMS call-outs for a volunteer "
        "mountain rescue team, with the team leader confirming every page."
    ),
)

# ---------------------------------------------------------------- data assets
police_callout = tg.Data(
    "Police call-out",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident number, casualty name, phone number, injuries and reported position.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
emergency_text = tg.Data(
    "Emergency text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the walker's phone: what happened, where they think they are.",
)
location_link = tg.Data("Location link text", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
phone_location = tg.Data(
    "Phone location fix",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
gazetteer = tg.Data("Place names and map grid", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
roster = tg.Data(
    "Team roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Members' names, mobile numbers, skills, availability and kit held.",
)
triage_prompt = tg.Data("Triage prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
triage_proposal = tg.Data(
    "Triage proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Incident summary, estimated casualty location, suggested members and kit.",
)
incident_record = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
leader_confirmation = tg.Data(
    "Page confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
page = tg.Data("Call-out page", sensitivity=tg.Sensitivity.PII, kind="records")
page_reply = tg.Data("Member availability reply", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person in trouble on the hill; anyone can text the emergency number.
    walker = tm.add(tg.Actor("Walker", role="casualty or companion"))
    # Volunteers answer pages on their own phones.
    member = tm.add(tg.Actor("Team member", role="volunteer rescuer"))
    # The on-call leader reviews and confirms proposals from their own phone.
    leader = tm.add(tg.Actor("Team leader", role="on-call team leader"))

with tm.boundary("Police", trust=tg.Trust.PARTNER):
    # The control room that hands mountain incidents to the team.
    police = tm.add(tg.Actor("Police control room", role="emergency service", human=False))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # Receives emergency texts on the team's number and sends the location-link reply.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))
    # The commercial paging service the team already uses to alert members.
    pager = tm.add(tg.ExternalService("Paging service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Summarises the incident and drafts the location estimate and page suggestion.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Team cloud tenant", trust=tg.Trust.INTERNAL):
    # One API for police call-outs and the SMS gateway's inbound webhook.
    intake = tm.add(tg.Endpoint("Call-out intake API", purpose=tg.EndpointPurpose.API))
    # The page the walker opens from the texted link; the browser posts its GPS fix.
    location_page = tm.add(tg.Endpoint("Location link page", purpose=tg.EndpointPurpose.API))
    # Builds the prompt, calls the LLM, holds the proposal until the leader confirms.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Assembles the incident, asks the LLM, pages only after confirmation.",
            controls={c.HumanInTheLoop(approver="on-call team leader")},
        )
    )
    # Every incident, its proposal, the confirmation and the replies.
    incident_store = tm.add(
        tg.DataStore(
            "Incident store",
            stores={incident_record, police_callout, emergency_text, phone_location},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Members, their skills and kit, kept by the team's equipment officer.
    roster_db = tm.add(tg.DataStore("Team roster database", stores={roster}))
    # Local place names and grid references the LLM uses to place the casualty.
    gazetteer_db = tm.add(tg.DataStore("Gazetteer and map grid", stores={gazetteer}))
    # Web console where the leader reviews, edits and confirms the page.
    console = tm.add(
        tg.Endpoint(
            "Team leader console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2-step verification")},
        )
    )

# ---------------------------------------------------------------- flows
# call-outs in
tm.flow(
    police,
    intake,
    police_callout,
    protocol="https",
    controls={c.Authentication(method="shared API key")},
)
tm.flow(walker, sms_gateway, emergency_text, protocol="sms")
tm.flow(sms_gateway, intake, emergency_text, protocol="https", label="inbound SMS webhook")
tm.flow(intake, triage, police_callout, emergency_text)

# walker's phone location
tm.flow(triage, sms_gateway, location_link, protocol="https")
tm.flow(sms_gateway, walker, location_link, protocol="sms")
tm.flow(walker, location_page, phone_location, protocol="https")
tm.flow(location_page, triage, phone_location)

# triage
tm.flow(triage, incident_store, incident_record, police_callout, emergency_text, phone_location)
tm.flow(incident_store, triage, incident_record)
tm.flow(gazetteer_db, triage, gazetteer)
tm.flow(roster_db, triage, roster)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, triage_proposal, protocol="https")

# leader confirms
tm.flow(triage, console, triage_proposal, incident_record)
tm.flow(console, leader, triage_proposal, incident_record, protocol="https")
tm.flow(leader, console, leader_confirmation, protocol="https")
tm.flow(console, triage, leader_confirmation)

# paging
tm.flow(triage, pager, page, protocol="https")
tm.flow(pager, member, page, protocol="sms")
tm.flow(member, pager, page_reply, protocol="sms")
tm.flow(pager, triage, page_reply, protocol="https", label="response webhook")
