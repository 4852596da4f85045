"""Wedding seating plan assistant: the first design of a country hotel's planning tool.

Couples who have booked a wedding at the hotel sign in to a planning portal, upload
their guest list as a spreadsheet, add each guest's dietary needs and allergies, and
write notes about who should (and should not) sit together. A planning service keeps
all of this in a planning database and asks a hosted LLM to draft a seating plan for
the chosen function room and a menu from the hotel's seasonal dishes, which the couple
refine by chatting with it. The LLM runs at a commercial vendor behind its API; the
rest runs in the hotel's cloud tenancy. When the couple mark a plan final, the events
coordinator reviews it in a staff console and approves it into the hotel's sales and
catering system, which prints the function sheet for the kitchen. Couples sign in
with e-mail and password; staff sign in with the hotel's Microsoft 365 accounts and
MFA. Traffic uses HTTPS, the planning database is encrypted at rest, and nothing goes
to the events team without the coordinator's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel wedding seating plan assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted wedding seating plans and menus from couples' guest lists, "
    "handed to the events team after review.",
)

# ---------------------------------------------------------------- data assets
guest_list = tg.Data(
    "Guest list spreadsheet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Names, households, relationships and children's ages, uploaded as XLSX or CSV.",
)
dietary_needs = tg.Data(
    "Guest dietary needs and allergies",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Allergies and intolerances (health data) and religious diets, per guest.",
)
couple_notes = tg.Data(
    "Couple's seating notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Family tensions, divorced parents, who must not share a table.",
)
chat_message = tg.Data("Couple's planning message", kind="prompt", sensitivity=tg.Sensitivity.PII)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
venue_menu = tg.Data(
    "Function rooms and seasonal menu",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Room layouts, table sizes, dishes with their allergens.",
)
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, guest list, dietary needs, notes, room and menu options.",
)
completion = tg.Data("LLM draft plan", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft_plan = tg.Data(
    "Draft seating plan and menu",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Tables with named guests, menu choices and allergy flags per cover.",
)
final_plan = tg.Data(
    "Approved wedding plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
function_sheet = tg.Data(
    "Function sheet with allergen list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
notification = tg.Data("Plan ready e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the tool is for: engaged couples, from home on their own devices.
    couple = tm.add(tg.Actor("Wedding couple", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts plans and menus; a general-purpose hosted chat model.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Commercial chat model called over the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends couples a note when a new draft is ready.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Hotel cloud tenancy", trust=tg.Trust.INTERNAL):
    # The couples' way in: upload, chat and view drafts.
    portal = tm.add(
        tg.Endpoint(
            "Wedding planning portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Parses the spreadsheet, assembles prompts, calls the LLM and saves drafts.
    planner = tm.add(
        tg.Service(
            "Seating plan service",
            description="Builds the prompt from the couple's wedding record and calls the LLM.",
        )
    )
    # Everything a couple has given us, plus every draft.
    planning_db = tm.add(
        tg.DataStore(
            "Wedding planning database",
            stores={guest_list, dietary_needs, couple_notes, draft_plan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference data the drafts must fit: rooms, table sizes, dishes.
    catalogue = tm.add(tg.DataStore("Function room and menu catalogue", stores={venue_menu}))
    # Where the events team reviews a final plan before it becomes an event.
    console = tm.add(
        tg.Endpoint(
            "Events review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(approver="events coordinator"),
            },
        )
    )

with tm.boundary("Hotel office network", trust=tg.Trust.INTERNAL):
    # Reviews and approves final plans, and talks couples through changes.
    coordinator = tm.add(tg.Actor("Events coordinator", role="events staff"))
    # The hotel's existing sales and catering system: the record of every function.
    events_system = tm.add(tg.DataStore("Sales and catering system", stores={final_plan}))
    # Cooks to the function sheet, allergens included.
    chef = tm.add(tg.Actor("Head chef", role="kitchen staff"))

# ---------------------------------------------------------------- flows
# couples plan with the assistant
tm.flow(couple, portal, guest_list, dietary_needs, couple_notes, chat_message, protocol="https")
tm.flow(portal, couple, draft_plan, assistant_reply, protocol="https")
tm.flow(portal, planner, guest_list, dietary_needs, couple_notes, chat_message)
tm.flow(planner, portal, draft_plan, assistant_reply)
tm.flow(planner, planning_db, guest_list, dietary_needs, couple_notes, draft_plan)
tm.flow(planning_db, planner, guest_list, dietary_needs, couple_notes, draft_plan)
tm.flow(catalogue, planner, venue_menu)
tm.flow(planner, llm, prompt, protocol="https")
tm.flow(llm, planner, completion, protocol="https")
tm.flow(planner, mailer, notification, protocol="https")
tm.flow(mailer, couple, notification, protocol="smtp")

# handoff to the events team
tm.flow(planning_db, console, draft_plan, dietary_needs, label="plans marked final")
tm.flow(coordinator, console, final_plan, protocol="https", label="approves the plan")
tm.flow(console, coordinator, draft_plan, dietary_needs, protocol="https")
tm.flow(console, events_system, final_plan, protocol="https")
tm.flow(events_system, chef, function_sheet, label="printed function sheet")
