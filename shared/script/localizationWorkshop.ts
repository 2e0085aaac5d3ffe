import type { WorkshopScript } from './types';

/**
 * The default script (PRODUCT.md section 5): teams localize the company's OKRs instead
 * of cascading them. Drawn from the two seed articles: the three failure modes of
 * cascading, HR supporting a growth objective, and copying down only what a team owns.
 */
export const localizationWorkshop: WorkshopScript = {
  id: 'localization',
  title: 'Localization workshop',
  summary:
    'About two hours. Teams align to the intent of the company objectives, write a few outcome OKRs of their own, and check the board for silos and ballooning.',
  steps: [
    {
      id: 'welcome',
      title: 'Welcome',
      goal: 'Everyone knows why the room localizes instead of cascading, and what it leaves with: a few OKRs per team, each serving a company objective.',
      participantPrompt:
        'Today each team writes a few OKRs of its own that serve the company objectives. We will not copy key results down level by level: that is cascading, and it ends in goal overload, silos and to-do lists.',
      facilitatorNotes: [
        'Promise the outcome: every team leaves with at most 3 objectives of 2 to 4 key results each, every objective linked to the company objective it serves.',
        'Ballooning: 3 company objectives with 3 key results each make 9 key results. A team that turns each of them into an objective holds 9 objectives and 27 key results; one level further down, 81.',
        'Silos: escaping the balloon with one top-level OKR per function ("one for sales, one for HR") only builds new walls and ties a bow on them. OKRs exist to rally functions around shared priorities.',
        'Output goals: every level of cascading gets more tactical ("launch X", "hold 3 workshops"). We write outcomes: what changes, and by how much.',
        'Show the board: levels, team frames, the three kinds of note (objective, key result, idea), and links drawn from the lower note up to the one it serves.',
        'Ground rules: write before you talk, one conversation at a time, everything goes on the board, and the budget is a feature, not a limit to negotiate.',
      ],
      minutes: 10,
      overlayMode: 'off',
      invitedKinds: [],
      // The top level may still be worded with leadership in the room; it is locked from the next step.
      topLevelReadOnly: false,
      privateIdeas: false,
    },
    {
      id: 'strategic-intent',
      title: 'Strategic intent',
      goal: 'The room understands what each company objective is for, the change it asks for and why now, not only the numbers in its key results.',
      participantPrompt:
        'Read each company objective and its key results. What change is it asking for, and why now? Ask questions; the company level is read-only in this step.',
      facilitatorNotes: [
        'Spotlight one company objective at a time; read it aloud, then its key results.',
        'Ask: why does this matter this quarter? What would be different a year from now if we achieved it? What do the key results measure, and what do they leave out?',
        'Make the point of the day here: teams align to the intent of an objective, not to one of its key results. A key result is one way to measure the intent, never all of it.',
        "Write the room's one-line answers as idea notes beside each objective; you can edit while participants cannot.",
        'Two or three minutes per objective. An objective nobody can explain is a finding for leadership, not a blocker for the workshop.',
      ],
      minutes: 10,
      overlayMode: 'off',
      invitedKinds: [],
      topLevelReadOnly: true,
      privateIdeas: false,
    },
    {
      id: 'support',
      title: 'Support',
      goal: 'Every team, whatever its function, finds ways to help the company objectives before anyone writes an OKR.',
      participantPrompt:
        "What can we do to support this goal? Silently add idea notes in your team's frame, one idea per note, for any company objective. Only you see your ideas until the facilitator reveals them.",
      example: {
        good: 'HR, for "Grow revenue in Europe": hire more sales people, and hire them faster.',
        poor: '"Grow revenue is a Sales goal; HR has nothing to add."',
      },
      facilitatorNotes: [
        'Silent and private on purpose: quantity first, and nobody anchors on the loudest voice. Every idea appears at once when you reveal.',
        'Any function can support any objective. The model answer: HR supports a growth objective by hiring more sales people, faster.',
        'A team that says "this one is not ours" gets a question, not a pass: what does this objective need that your function is good at?',
        'When the ideas slow down, reveal. Give each team two minutes to read its ideas aloud and cluster duplicates; the clusters become objectives in the next step.',
        'Private ideas are on by default; turn them off for a room that prefers to brainstorm in the open.',
      ],
      minutes: 15,
      overlayMode: 'off',
      invitedKinds: ['idea'],
      topLevelReadOnly: true,
      privateIdeas: true,
    },
    {
      id: 'localize',
      title: 'Localize',
      goal: "Each team writes an objective that translates a company objective's intent to its own level, role and responsibilities, and links it to that objective.",
      participantPrompt:
        "Turn your strongest idea cluster into your team's objective: the upper objective's intent, in your words and your scope. Link it to the upper objective it serves, not to one of its key results.",
      example: {
        good: 'HR: "Build a hiring engine that keeps up with sales growth", linked to "Grow revenue in Europe".',
        poor: 'HR: "Increase ARR from $10M to $14M", an upper key result copied as an objective.',
      },
      facilitatorNotes: [
        'Localizing keeps the intent and changes the scope; cascading keeps the number and loses the intent. HR cannot move ARR alone, but it can build the hiring engine that lets Sales move it.',
        'A link from an objective to an upper key result is a cascade, and the alignment overlay marks it the moment it is drawn. Ask which objective that key result belongs to, and link there instead.',
        'Objectives are qualitative and worth getting up for; the numbers come in the next step.',
        'One to three objectives per team. Not every team serves every company objective, and that is fine: focus beats coverage.',
        "An objective that links to nothing above is an orphan: either it serves an intent the room missed, or it is not this quarter's priority.",
      ],
      minutes: 20,
      overlayMode: 'alignment',
      invitedKinds: ['objective'],
      topLevelReadOnly: true,
      privateIdeas: false,
    },
    {
      id: 'key-results',
      title: 'Key results',
      goal: 'Every new objective gets 2 to 4 outcome key results: measurable changes the team can move, not tasks.',
      participantPrompt:
        'Add 2 to 4 key results under each of your objectives. Say what changes and by how much: "Increase X from A to B". If one starts with launch, build or hold, ask what it would change.',
      example: {
        good: '"Decrease time from first interview to offer from 30 to 14 days"',
        poor: '"Launch a new careers page": a task, not a change.',
      },
      facilitatorNotes: [
        'The model from HR: "Increase sales hires per quarter from 4 to 10" and "Decrease time from first interview to offer from 30 to 14 days".',
        'Output or outcome: "Launch a new careers page" is how; "Increase qualified sales applicants from 20 to 50 a month" is what it should change.',
        'The KR-quality overlay flags key results that start with an output verb or carry no number. Read two aloud and rewrite them with the room.',
        'Four per objective at most: every extra key result dilutes the focus the budget protects.',
        "Tasks are not lost: they go in the team's plan, not in its OKRs.",
      ],
      minutes: 20,
      overlayMode: 'kr-quality',
      invitedKinds: ['kr'],
      topLevelReadOnly: true,
      privateIdeas: false,
    },
    {
      id: 'copy-down',
      title: 'Copy down',
      goal: 'Teams take on the upper key results they are immediately responsible for, and only those.',
      participantPrompt:
        'Does your team itself move one of the upper key results? Copy it down to your objective with "Copy down to my team". Copy only what you own, not what you contribute to.',
      example: {
        good: 'Sales copies down "Increase ARR from $10M to $14M": it moves that number itself.',
        poor: 'HR copies down the ARR key result because its hiring feeds it.',
      },
      facilitatorNotes: [
        'Copying down is the exception, not the method. "Immediately responsible" means the team moves the number itself, not that its work feeds it.',
        "A copied-down key result counts toward its objective's budget of key results.",
        'A team that copies down everything is cascading again: ask which of those numbers it would answer for at the quarterly review.',
        'Contributing is already on the board: a key result linked to an upper objective shows it without taking the upper number on.',
      ],
      minutes: 10,
      overlayMode: 'alignment',
      invitedKinds: ['kr'],
      topLevelReadOnly: true,
      privateIdeas: false,
    },
    {
      id: 'cross-functional',
      title: 'Cross-functional check',
      goal: 'Every company objective is supported by more than one function, and every team reaches at least one cross-functional priority.',
      participantPrompt:
        'Look at the silo overlay. Which company objectives does only one function support, or none? Could your team help one of them? If so, add or re-link an objective.',
      facilitatorNotes: [
        'A company objective that only one function supports is a functional OKR in disguise: the silo this method exists to bridge.',
        'An unsupported objective: did nobody find a way to help, or did the room forget it? Go back to its ideas from the Support step.',
        'A shaded team reaches no cross-functional objective. Ask what it needs from another team, or what another team needs from it.',
        'Do not draw links for the picture: a link nobody will act on is worse than an honest gap leadership can see.',
      ],
      minutes: 10,
      overlayMode: 'silos',
      invitedKinds: ['objective', 'kr'],
      topLevelReadOnly: true,
      privateIdeas: false,
    },
    {
      id: 'focus',
      title: 'Focus check',
      goal: 'Every team is within its budget, and the room sees how many key results cascading would have piled on instead.',
      participantPrompt:
        "Trim to the budget on your team's badge (by default 3 objectives per team, 4 key results per objective). What would you drop or merge first?",
      facilitatorNotes: [
        "Open the cascade projection: with this board's own numbers, a team at level d would hold o x k^(d+1) key results if it cascaded (9, 27, 81 for 3 objectives of 3). Set it beside what the teams hold now.",
        'Teams over budget choose what to drop or merge. Park what they drop as an idea note, so nothing is lost.',
        'A team whose objectives are mostly copied key results balloons: replace them with one localized objective.',
        'Say the number out loud: eighty-one goals in a quarter is the opposite of focus; three objectives is a plan.',
      ],
      minutes: 10,
      overlayMode: 'ballooning',
      invitedKinds: ['idea'],
      topLevelReadOnly: true,
      privateIdeas: false,
    },
    {
      id: 'wrap-up',
      title: 'Wrap-up',
      goal: 'Everyone leaves with the board, the report, and who does what next.',
      participantPrompt:
        'In one minute per team, read your OKRs aloud and name one next step and its owner. Tell leadership anything the company level should change.',
      facilitatorNotes: [
        'A snapshot was taken at every step change; take a final named one now, then export the report, the OKR list (CSV or Markdown) and a picture of the board.',
        'Feedback flows up too: unsupported and single-function objectives from the cross-functional check go back to leadership. The company level is editable again in this step.',
        'Agree when teams review their OKRs next, and who enters them in the OKR tool.',
        'Close on the difference: each team holds a few outcome key results it owns, linked to an intent it understands, instead of 81 numbers it inherited.',
      ],
      minutes: 10,
      overlayMode: 'off',
      invitedKinds: [],
      topLevelReadOnly: false,
      privateIdeas: false,
    },
  ],
};
