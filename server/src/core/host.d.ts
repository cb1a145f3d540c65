// The one host function the core uses beyond the language: in every runtime it runs in (Node 17
// and later, browsers), but declared by neither ES2022's lib nor `"types": []`.
declare function structuredClone<T>(value: T): T;
