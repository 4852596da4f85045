"""Zoo enrichment schedule agent: the first design, before any security review.

Each night an LLM agent plans the next day's enrichment activities for every
animal section. It reads the keepers' behaviour notes and the welfare camera
summaries from the animal records database, picks items from the enrichment
catalogue (puzzle feeders, scatter feeds, browse, scent trails) and books them
from the zoo stores as provisional bookings through a stores booking tool.
The planning model is a hosted LLM reached over HTTPS. The draft schedule waits
in the plan store until the head keeper approves it in the enrichment console;
only then are the provisional bookings released for picking and the schedule
shown to the section keepers. Welfare summaries come from a behaviour
classifier on the enclosure camera network. Staff sign in to the console with
the zoo's Microsoft 365 accounts; the booking tool's service account may only
create provisional bookings.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zoo enrichment schedule agent",
    profile=tg.RiskProfile.LOW,
    description="LLM agent that drafts daily animal enrichment plans and books items from stores.",
)

# ---------------------------------------------------------------- data assets
behaviour_notes = tg.Data(
    "Keeper behaviour notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text daily notes per animal: appetite, stereotypies, social issues.",
)
footage = tg.Data("Enclosure camera footage", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
welfare_summaries = tg.Data(
    "Welfare camera summaries",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-animal time budgets: resting, pacing, foraging, out of view.",
)
catalogue_items = tg.Data(
    "Enrichment catalogue items",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approved items per species, with the vet's safety notes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
planning_prompt = tg.Data("Planning prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
plan_completion = tg.Data(
    "Plan completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
booking_request = tg.Data("Stores booking request", kind="tool-call")
booking_result = tg.Data("Stores booking result", kind="tool-result")
provisional_booking = tg.Data("Provisional stores booking", kind="records")
draft_schedule = tg.Data(
    "Draft enrichment schedule",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plan_approval = tg.Data("Head keeper plan approval", kind="records")
approved_schedule = tg.Data("Approved enrichment schedule", kind="records")
pick_list = tg.Data("Stores pick list", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Enclosure camera network", trust=tg.Trust.INTERNAL):
    # Fixed IP cameras in the indoor and outdoor enclosures, streaming to the analytics box.
    cameras = tm.add(
        tg.Device("Enclosure welfare cameras", fleet=True, description="About 40 PoE IP cameras.")
    )
    # Turns footage into daily behaviour time budgets per animal.
    behaviour_model = tm.add(
        tg.Model(
            "Behaviour classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights pose model fine-tuned on our species; runs on a GPU box.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The planning model; we send it notes and catalogue items, it drafts the plan.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Zoo office network", trust=tg.Trust.INTERNAL):
    # Section keepers write behaviour notes on shared tablets and read the approved plan.
    keeper = tm.add(tg.Actor("Section keeper", role="keeper"))
    # Approves or edits each day's plan; owns animal welfare for the collection.
    head_keeper = tm.add(tg.Actor("Head keeper", role="head keeper", privileged=True))
    # Picks the booked items from the stores once a plan is approved.
    stores_staff = tm.add(tg.Actor("Stores assistant", role="stores staff"))

    # System of record for husbandry: behaviour notes and the nightly camera summaries.
    records_db = tm.add(
        tg.DataStore("Animal records database", stores={behaviour_notes, welfare_summaries})
    )
    # Reference list of enrichment items that are safe for each species.
    catalogue = tm.add(tg.DataStore("Enrichment catalogue", stores={catalogue_items}))
    # Drafts the next day's plan and places provisional bookings.
    agent = tm.add(
        tg.Agent(
            "Enrichment planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Nightly run; drafts one plan per animal section.",
            controls={
                c.HumanInTheLoop(
                    approver="head keeper",
                    note="bookings stay provisional until the head keeper approves the day's plan",
                )
            },
        )
    )
    # The agent's only action: reserve enrichment items in the stores system.
    booking_tool = tm.add(
        tg.Tool(
            "Stores booking tool",
            capabilities={"read", "write"},
            description="Checks stock and creates provisional bookings against a section.",
            controls={
                c.LeastPrivilegeTools(
                    note="service account can create provisional bookings only, not issue stock"
                )
            },
        )
    )
    # The zoo's stores and stock system (food, browse, enrichment kit).
    stores_system = tm.add(
        tg.Service("Stores stock system", description="Off-the-shelf inventory package.")
    )
    # Holds draft and approved schedules.
    plan_store = tm.add(
        tg.DataStore("Enrichment plan store", stores={draft_schedule, approved_schedule})
    )
    # Web page where the head keeper reviews plans and keepers read them.
    console = tm.add(
        tg.Endpoint(
            "Enrichment console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="zoo Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="only the head keeper role can approve plans"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# inputs: notes and camera summaries
tm.flow(keeper, records_db, behaviour_notes, protocol="https", label="daily notes from tablets")
tm.flow(cameras, behaviour_model, footage, protocol="rtsp")
tm.flow(behaviour_model, records_db, welfare_summaries, label="nightly summaries")

# planning
tm.flow(records_db, agent, behaviour_notes, welfare_summaries, label="nightly read")
tm.flow(catalogue, agent, catalogue_items)
tm.flow(agent, llm, planning_prompt, protocol="https")
tm.flow(llm, agent, plan_completion, protocol="https")

# provisional bookings
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, stores_system, provisional_booking, protocol="https")
tm.flow(
    stores_system, booking_tool, provisional_booking, protocol="https", label="stock and booking id"
)
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, plan_store, draft_schedule)

# approval
tm.flow(plan_store, console, draft_schedule)
tm.flow(console, head_keeper, draft_schedule, protocol="https")
tm.flow(head_keeper, console, plan_approval, protocol="https")
tm.flow(console, plan_store, approved_schedule)
tm.flow(console, stores_system, plan_approval, protocol="https", label="release bookings")
tm.flow(stores_system, stores_staff, pick_list, label="printed pick list")
tm.flow(console, keeper, approved_schedule, protocol="https")
